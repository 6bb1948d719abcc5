export * from './shot-rates';
export * from './cost';
export * from './adjoint';
export * from './timing';
