import './routing.js-Cd_N8bLv.js';
import './internal2.js-C1sIl1AH.js';
import './utils.js-CxipxXTP.js';
//# sourceMappingURL=paths.js-BEqrnbHa.js.map
