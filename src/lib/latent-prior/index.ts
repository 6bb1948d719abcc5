export * from './decoder';
export * from './priors';
export * from './diversity';
export * from './sampling';
