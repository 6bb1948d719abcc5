export * from './random-circuit';
export * from './gradient';
export * from './variance';
export * from './sweep';
