import './utils.js-CxipxXTP.js';
import './shared.js-0FrVOi6h.js';
//# sourceMappingURL=remote.js-Cdc-sFvS.js.map
