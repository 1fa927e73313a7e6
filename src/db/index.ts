export * from './types';
export { openStorage, ResilientRepository, type StorageStatus, type ResidentChange } from './storage';
export { MemoryRepository } from './memory-repository';
export { PasserelleDatabase, DexieRepository, DATABASE_NAME } from './dexie-repository';
export { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './schema-versions';
export { DamagedRecordError, DirectoryEntrySchema, ResidentFileSchema, StoredUiSchema, PlanProgressSchema, type StoredUi } from './records';
export { ChangeChannel, type FileChange } from './changes';
