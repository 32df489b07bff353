export * from './backupFile';
export * from './canonicalJson';
export * from './reminder';
