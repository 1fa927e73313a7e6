import Dexie, { type Table } from 'dexie';
import type { PasserelleDatabase } from './dexie-repository';
import type { TrainingImport, TrainingRepository, TrainingSession, TrainingStaging } from './types';

type Side = 'A' | 'B';
interface Meta {
  key: 'current';
  active: Side;
  info?: TrainingImport;
}

/**
 * The sessions of the last LHÉO import that fully succeeded. A new import fills the other table;
 * only its `commit` switches `active`, in one transaction with the import's description, so a
 * cancelled, refused or crashed import leaves the previous one in use.
 */
export class DexieTrainings implements TrainingRepository {
  constructor(private readonly db: PasserelleDatabase) {}

  private table(side: Side): Table<TrainingSession, string> {
    return this.db.table(side === 'A' ? 'trainingsA' : 'trainingsB');
  }

  private async meta(): Promise<Meta> {
    return ((await this.db.table('trainingMeta').get('current')) as Meta | undefined) ?? { key: 'current', active: 'A' };
  }

  private async activeTable() {
    const meta = await this.meta();
    return meta.info ? this.table(meta.active) : undefined;
  }

  async info() {
    return (await this.meta()).info;
  }

  async stage(): Promise<TrainingStaging> {
    const side: Side = (await this.meta()).active === 'A' ? 'B' : 'A';
    const table = this.table(side);
    await table.clear();
    const db = this.db;
    return {
      add: async (sessions) => {
        await table.bulkPut(sessions);
      },
      commit: async (info) => {
        await db.transaction('rw', db.table('trainingMeta'), async () => {
          await db.table('trainingMeta').put({ key: 'current', active: side, info } satisfies Meta);
        });
        // the previous import is no longer read: free its space
        await this.table(side === 'A' ? 'B' : 'A').clear();
      },
      abort: async () => {
        await table.clear();
      },
    };
  }

  async soonestByRncp(rncp: string, where: { communeCode?: string; dep?: string }, from: string, limit: number) {
    const table = await this.activeTable();
    if (!table) return [];
    const range = (index: string, prefix: string[]) =>
      table.where(index).between([...prefix, from], [...prefix, Dexie.maxKey], true, true).limit(limit).toArray();
    return [
      ...(where.communeCode ? await range('[rncp+communeCode+start]', [rncp, where.communeCode]) : []),
      ...(where.dep ? await range('[rncp+dep+start]', [rncp, where.dep]) : []),
      ...(await range('[rncp+start]', [rncp])),
    ];
  }

  async all() {
    return (await (await this.activeTable())?.toArray()) ?? [];
  }
}
