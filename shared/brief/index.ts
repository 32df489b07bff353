export * from './markdown';
export * from './text';
export * from './readingNotes';
export * from './picture';
export * from './readiness';
export * from './experiments';
