import type { SeedCategory } from "./types"

/** The six shelves of the market, in the order the storefront shows them. */
export const CATEGORIES: SeedCategory[] = [
  {
    handle: "trai-cay-tuoi",
    name_vi: "Trái cây tươi",
    name_en: "Fresh fruit",
    description_vi:
      "Quả theo mùa từ vườn đồi và cao nguyên, hái khi chín và gửi đi ngay trong tuần.",
    description_en:
      "Seasonal fruit from hillside orchards and plateaus, picked ripe and sent out the same week.",
  },
  {
    handle: "kho-say",
    name_vi: "Đồ khô & sấy",
    name_en: "Dried & preserved",
    description_vi:
      "Quả sấy, măng khô, nấm, gia vị chấm và đồ ngâm, để được lâu mà vẫn giữ vị vùng cao.",
    description_en:
      "Dried fruit, bamboo shoots, mushrooms, dipping spices and syrups that keep well and still taste of the highlands.",
  },
  {
    handle: "gao-mien",
    name_vi: "Gạo, miến & ngũ cốc",
    name_en: "Grains & noodles",
    description_vi:
      "Gạo ruộng bậc thang, lúa nương, nếp, cốm và miến dong làm thủ công.",
    description_en:
      "Terrace and upland rice, sticky rice, young green rice flakes and handmade canna noodles.",
  },
  {
    handle: "mat-ong-thao-moc",
    name_vi: "Mật ong & thảo mộc",
    name_en: "Honey & herbs",
    description_vi:
      "Mật ong theo mùa hoa, chè cây cổ thụ, gia vị rừng và lá thuốc của đồng bào.",
    description_en:
      "Honey by flowering season, tea from old trees, forest spices and the herbal leaves of highland peoples.",
  },
  {
    handle: "thit-gac-bep",
    name_vi: "Thịt & đồ gác bếp",
    name_en: "Meat & smoked",
    description_vi:
      "Thịt trâu, thịt lợn, lạp xưởng và cá suối hun khói trên gác bếp, hút chân không, giao kèm đá lạnh.",
    description_en:
      "Buffalo, pork, sausages and stream fish smoked above the kitchen fire, vacuum-packed and shipped chilled.",
  },
  {
    handle: "thu-cong",
    name_vi: "Hàng thủ công",
    name_en: "Handicrafts",
    description_vi:
      "Thổ cẩm dệt tay, đồ thêu, mây tre đan: mỗi món do một người thợ trong hợp tác xã làm ra.",
    description_en:
      "Hand-woven brocade, embroidery and rattan and bamboo work, each piece made by one artisan of the cooperative.",
  },
]
