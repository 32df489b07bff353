export * from './daylio';
export * from './dayOne';
export * from './foreignDays';
export * from './foreignEntry';
export * from './jrnl';
export * from './obsidian';
export * from './readSource';
export * from './redNotebook';
