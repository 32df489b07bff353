export { analyzePaths } from './analyze';
export { describeLean } from './describe';
export { DEFAULT_THRESHOLDS, type AnalysisOptions, type Thresholds } from './options';
export type * from './types';
