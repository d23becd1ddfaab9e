import './routing.js-Cd_N8bLv.js';
import './internal2.js-ma4Jl_qz.js';
import './utils.js-CxipxXTP.js';
//# sourceMappingURL=paths.js-94iwMC_R.js.map
