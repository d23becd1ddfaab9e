import { p as process } from './schema4.js-DVO4fwmJ.js';
import './schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';



export { process };
//# sourceMappingURL=schema3.js-CxbEH2NN.js.map
