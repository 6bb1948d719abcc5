/** A matrix-product-state Born machine (Han et al., PRX 8, 031012, 2018): the classical twin of the circuit Born machine. */
export * from './mps';
export * from './contract';
export * from './sample';
export * from './gradient';
export * from './trainer';
