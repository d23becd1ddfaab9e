import './routing.js-Cd_N8bLv.js';
import './internal2.js-BYyk01Eu.js';
import './utils.js-CxipxXTP.js';
//# sourceMappingURL=paths.js-Cq3xCHyV.js.map
