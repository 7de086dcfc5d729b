/** A realistic five-message negotiation (Alibaba message-center format) that benchmarks build their pastes from. */
export const sampleExchange = [
  "Cindy Zhou  2026-10-12 09:14",
  "Hello dear, this is Cindy from Shenzhen Huaxin Silicone Products Co., Ltd. MOQ is 500 pcs, price 1.85 USD/pc.",
  "Mark Ellis  2026-10-12 09:40",
  "I need 800 pcs of the silicone baby bib, all in sage green. Can you do 1.60?",
  "Cindy Zhou  2026-10-12 10:02",
  "Sorry dear, 1.60 is below our cost. For 800 pcs the best is 1.72 USD.",
  "Mark Ellis  2026-10-12 10:15",
  "OK, 1.72 works for me. Color Pantone 5527 C, LFGB certified, 100 pcs per carton.",
  "Cindy Zhou  2026-10-12 10:33",
  "20-25 days after deposit. 30% deposit by T/T, 70% balance before shipment, FOB Shenzhen.",
];
