import { N as NotFoundError, V as ValidationError } from './errors2.js-qlgBpaJE.js';



export { NotFoundError, ValidationError };
//# sourceMappingURL=errors.js-BSJVDWzU.js.map
