export * from './marginals';
export * from './states';
export * from './correlations';
