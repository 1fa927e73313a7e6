import { useT } from '../../messages/i18n';
import { StepFrame } from '../../components/StepFrame';

/** Who helps under 16, in the order a young person or their family would go (brief: school is
 * compulsory until 16; the Mission locale takes over from 16). */
const CONTACTS = ['college', 'cio', 'plateforme', 'missionLocale'] as const;

/**
 * The end of the path for someone under 16: no parcours, no plan — school is compulsory until
 * 16 — but where to go instead, printable to take away.
 */
export function Under16Step(props: {
  age: number;
  back?: { label: string; onClick(): void };
}) {
  const t = useT();
  const title = t('under16.title');
  const intro = t('under16.intro', { age: props.age });
  const contacts = CONTACTS.map((id) => ({ id, name: t(`under16.contact.${id}`), text: t(`under16.contact.${id}.text`) }));
  return (
    <StepFrame
      stepKey="under16"
      screen="under16"
      title={title}
      readAloud={[title, intro, ...contacts.map((c) => `${c.name}. ${c.text}`)]}
      back={props.back}
    >
      <p>{intro}</p>
      <h2>{t('under16.whoTitle')}</h2>
      <ul className="under16__contacts">
        {contacts.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>
            <p>{c.text}</p>
          </li>
        ))}
      </ul>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('under16.print')}
      </button>
    </StepFrame>
  );
}
