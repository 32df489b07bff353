export * from './activities';
export * from './bridge';
export * from './dates';
export * from './entry';
export * from './highlights';
export * from './limits';
export * from './prompts';
export * from './text';
