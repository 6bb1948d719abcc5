/** The quantum circuit Born machine of Liu & Wang (2018): ansatz, MMD loss, gradients, optimisers, training loop. */
export * from './ansatz';
export * from './chow-liu';
export * from './mmd-loss';
export * from './simulate';
export * from './gradients';
export * from './optimisers';
export * from './trainer';
export * from './lbfgs';
export * from './kernels';
