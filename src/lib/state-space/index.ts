export * from './memory';
export * from './fit';
export * from './layer';
export * from './benchmark';
export * from './extrapolate';
