// The screens' French messages, as the route modules load them in the app (here also after vi.resetModules()).
import '../../src/messages/fr/workshop-screens';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRepository, ResilientRepository } from '../../src/db';
import { StorageProvider } from '../../src/lib/storage-context';
import { PreferencesProvider } from '../../src/lib/preferences';
import type { ReadingMode } from '../../src/messages/format';

/** Renders a screen with the app's providers over an in-memory repository. */
export function renderWithApp(ui: ReactElement, options: { readingMode?: ReadingMode; repository?: ResilientRepository } = {}) {
  const repository = options.repository ?? new ResilientRepository(new MemoryRepository(), 'ok');
  const result = render(
    <StorageProvider repository={repository}>
      <PreferencesProvider initialReadingMode={options.readingMode ?? 'std'}>{ui}</PreferencesProvider>
    </StorageProvider>,
  );
  return { ...result, repository };
}
