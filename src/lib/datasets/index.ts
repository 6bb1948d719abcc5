export * from './bars-and-stripes';
export * from './classical-models';
