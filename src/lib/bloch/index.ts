export { blochPoint, probabilityOfOne, project, type BlochPoint, type Projected } from './bloch';
