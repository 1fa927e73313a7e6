import Dexie, { type Table } from 'dexie';
import { readableRows, TrainingMetaSchema, TrainingSessionSchema } from './records';
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
  // any Dexie with the v3 tables: typed loosely so this module does not import the database class back
  constructor(private readonly db: Dexie) {}

  private table(side: Side): Table<TrainingSession, string> {
    return this.db.table(side === 'A' ? 'trainingsA' : 'trainingsB');
  }

  private async meta(): Promise<Meta> {
    // an unreadable pointer reads as « no import yet »: the plans then show no sessions
    const parsed = TrainingMetaSchema.safeParse(await this.db.table('trainingMeta').get('current'));
    return parsed.success ? parsed.data : { key: 'current', active: 'A' };
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
    const rows: unknown[] = [
      ...(where.communeCode ? await range('[rncp+communeCode+start]', [rncp, where.communeCode]) : []),
      ...(where.dep ? await range('[rncp+dep+start]', [rncp, where.dep]) : []),
      ...(await range('[rncp+start]', [rncp])),
    ];
    return readableRows(TrainingSessionSchema, rows, 'trainings');
  }

  async all() {
    const rows: unknown[] = (await (await this.activeTable())?.toArray()) ?? [];
    return readableRows(TrainingSessionSchema, rows, 'trainings');
  }
}
