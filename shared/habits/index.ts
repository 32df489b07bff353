export * from './accelerator';
export * from './habitSchemas';
export * from './reminderSchedule';
export * from './zonedTime';
export * from './lookBack';
