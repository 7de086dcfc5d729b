/** `/order export PO-n` (kept as its own module so the command listener reads like the grammar). */
export { exportOrder } from "./show-order.ts";
