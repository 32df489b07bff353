export * from './markdown';
export * from './text';
