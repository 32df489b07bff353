export * from './reviewQuestions';
export * from './reviewSchemas';
export * from './weekSummary';
export * from './weeks';
