import './routing.js-Cd_N8bLv.js';
import './internal2.js-RLV_Nvn3.js';
import './utils.js-CxipxXTP.js';
//# sourceMappingURL=paths.js-1WKQoE4S.js.map
