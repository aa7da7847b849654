/**
 * The demo catalogue: real highland specialities, with origins in real 2025 communes (codes from
 * the statistics office's 2025 list). Prices are integer đồng, close to what these products sell
 * for online. Cooperatives and full origin stories come with the cooperative module.
 */
export type DemoVariant = {
  title: string
  title_en: string
  sku: string
  price: number
  stock: number
}

export type DemoProduct = {
  handle: string
  title: string
  title_en: string
  subtitle: string
  subtitle_en: string
  description: string
  description_en: string
  origin: string
  origin_en: string
  origin_commune_code: string
  weight_grams: number
  variants: DemoVariant[]
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    handle: "tao-meo-say-kho-tram-tau",
    title: "Táo mèo sấy khô Trạm Tấu",
    title_en: "Dried táo mèo (Docynia) from Trạm Tấu",
    subtitle: "Sơn tra rừng thái lát, phơi sấy tự nhiên",
    subtitle_en: "Wild mountain hawthorn, sliced and dried",
    description:
      "Quả táo mèo (sơn tra) mọc trên sườn núi cao trên 1.500 m ở Trạm Tấu, được bà con người Mông hái vào tháng 8–9, thái lát và sấy khô. Hãm nước uống hoặc ngâm rượu.",
    description_en:
      "Táo mèo (sơn tra, Docynia indica) grows on slopes above 1,500 m in Trạm Tấu. Hmong families pick it in August and September, then slice and dry it. Brew it as a tea or steep it in rice wine.",
    origin: "Xã Trạm Tấu, Lào Cai",
    origin_en: "Trạm Tấu commune, Lào Cai",
    origin_commune_code: "04606",
    weight_grams: 500,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "TAOMEO-500",
        price: 120000,
        stock: 200,
      },
      {
        title: "Túi 1 kg",
        title_en: "1 kg bag",
        sku: "TAOMEO-1000",
        price: 220000,
        stock: 120,
      },
    ],
  },
  {
    handle: "mien-dong-con-minh",
    title: "Miến dong Côn Minh",
    title_en: "Côn Minh arrowroot glass noodles",
    subtitle: "Làm thủ công từ củ dong riềng",
    subtitle_en: "Handmade from canna root starch",
    description:
      "Sợi miến dai, trong, không chất tẩy trắng, làm từ tinh bột dong riềng trồng trên nương ở Côn Minh. Phơi nắng trên giàn tre vào mùa khô.",
    description_en:
      "Chewy, clear noodles with no bleach, made from the starch of canna grown on hillside fields in Côn Minh and sun-dried on bamboo racks in the dry season.",
    origin: "Xã Côn Minh, Thái Nguyên",
    origin_en: "Côn Minh commune, Thái Nguyên",
    origin_commune_code: "02185",
    weight_grams: 500,
    variants: [
      {
        title: "Gói 500 g",
        title_en: "500 g pack",
        sku: "MIENDONG-500",
        price: 65000,
        stock: 300,
      },
      {
        title: "Gói 1 kg",
        title_en: "1 kg pack",
        sku: "MIENDONG-1000",
        price: 120000,
        stock: 150,
      },
    ],
  },
  {
    handle: "dau-tay-moc-chau",
    title: "Dâu tây Mộc Châu",
    title_en: "Mộc Châu strawberries",
    subtitle: "Hái buổi sáng, giao trong ngày ở Hà Nội",
    subtitle_en: "Picked in the morning, delivered to Hà Nội the same day",
    description:
      "Dâu tây trồng trên cao nguyên Mộc Châu, mùa từ tháng 12 đến tháng 4. Quả chín đỏ, thơm, chua ngọt.",
    description_en:
      "Strawberries from the Mộc Châu plateau, in season from December to April: red, fragrant, sweet and tart.",
    origin: "Phường Mộc Châu, Sơn La",
    origin_en: "Mộc Châu ward, Sơn La",
    origin_commune_code: "03980",
    weight_grams: 500,
    variants: [
      {
        title: "Hộp 500 g",
        title_en: "500 g box",
        sku: "DAUTAY-500",
        price: 150000,
        stock: 80,
      },
    ],
  },
  {
    handle: "thit-trau-gac-bep-thuan-chau",
    title: "Thịt trâu gác bếp",
    title_en: "Kitchen-smoked buffalo meat",
    subtitle: "Hun khói trên gác bếp theo cách người Thái",
    subtitle_en: "Smoked over the kitchen fire, the Thái way",
    description:
      "Thịt trâu tẩm mắc khén, ớt, gừng rồi treo trên gác bếp nhiều ngày. Xé nhỏ, chấm chẩm chéo. Bảo quản ngăn mát.",
    description_en:
      "Buffalo meat rubbed with mắc khén pepper, chilli and ginger, then hung above the kitchen fire for days. Tear it into strips and dip it in chẩm chéo. Keep refrigerated.",
    origin: "Xã Thuận Châu, Sơn La",
    origin_en: "Thuận Châu commune, Sơn La",
    origin_commune_code: "03721",
    weight_grams: 500,
    variants: [
      {
        title: "Túi 250 g",
        title_en: "250 g pack",
        sku: "TRAUGB-250",
        price: 250000,
        stock: 60,
      },
      {
        title: "Túi 500 g",
        title_en: "500 g pack",
        sku: "TRAUGB-500",
        price: 480000,
        stock: 40,
      },
    ],
  },
  {
    handle: "cam-cao-phong",
    title: "Cam Cao Phong",
    title_en: "Cao Phong oranges",
    subtitle: "Chỉ dẫn địa lý số 00046",
    subtitle_en: "Geographical indication No. 00046",
    description:
      "Cam vỏ mỏng, mọng nước, ngọt đậm, từ vùng cam Cao Phong. Thu hoạch từ tháng 11 đến tháng 2.",
    description_en:
      "Thin-skinned, juicy, deeply sweet oranges from the Cao Phong orange country, harvested from November to February.",
    origin: "Xã Cao Phong, Phú Thọ",
    origin_en: "Cao Phong commune, Phú Thọ",
    origin_commune_code: "05089",
    weight_grams: 5000,
    variants: [
      {
        title: "Thùng 5 kg",
        title_en: "5 kg box",
        sku: "CAMCP-5000",
        price: 175000,
        stock: 100,
      },
    ],
  },
  {
    handle: "gao-nep-tu-le",
    title: "Gạo nếp Tú Lệ",
    title_en: "Tú Lệ sticky rice",
    subtitle: "Nếp thơm ruộng bậc thang",
    subtitle_en: "Fragrant sticky rice from the terraces",
    description:
      "Hạt nếp tròn, dẻo thơm, trồng một vụ mỗi năm trên ruộng bậc thang thung lũng Tú Lệ. Làm xôi, cốm.",
    description_en:
      "Round, fragrant, sticky grains grown once a year on the terraced fields of the Tú Lệ valley. For xôi and cốm.",
    origin: "Xã Tú Lệ, Lào Cai",
    origin_en: "Tú Lệ commune, Lào Cai",
    origin_commune_code: "04630",
    weight_grams: 2000,
    variants: [
      {
        title: "Túi 2 kg",
        title_en: "2 kg bag",
        sku: "NEPTL-2000",
        price: 110000,
        stock: 150,
      },
    ],
  },
  {
    handle: "mat-ong-bac-ha-meo-vac",
    title: "Mật ong bạc hà Mèo Vạc",
    title_en: "Mèo Vạc mint-flower honey",
    subtitle: "Mật hoa bạc hà mùa thu trên cao nguyên đá",
    subtitle_en: "Autumn mint-flower honey from the stone plateau",
    description:
      "Ong nội địa lấy mật từ hoa bạc hà dại nở vào tháng 10–12 trên cao nguyên đá. Mật vàng nhạt, thơm mát, có thể kết tinh khi lạnh.",
    description_en:
      "Native bees gather it from wild mint flowers that bloom from October to December on the stone plateau. Pale, cool and fragrant; it may crystallise in the cold.",
    origin: "Xã Mèo Vạc, Tuyên Quang",
    origin_en: "Mèo Vạc commune, Tuyên Quang",
    origin_commune_code: "00769",
    weight_grams: 700,
    variants: [
      {
        title: "Chai 500 ml",
        title_en: "500 ml bottle",
        sku: "MATONG-500",
        price: 350000,
        stock: 50,
      },
    ],
  },
  {
    handle: "che-shan-tuyet-ta-xua",
    title: "Chè Shan tuyết Tà Xùa",
    title_en: "Tà Xùa Shan tuyết tea",
    subtitle: "Búp chè cổ thụ trên núi mây",
    subtitle_en: "Buds from ancient trees on the cloud mountain",
    description:
      "Búp chè từ những cây chè cổ thụ phủ lông tơ trắng ở độ cao trên 1.800 m, sao tay trên chảo gang.",
    description_en:
      "Downy white buds from ancient tea trees above 1,800 m, hand-roasted in cast-iron pans.",
    origin: "Xã Tà Xùa, Sơn La",
    origin_en: "Tà Xùa commune, Sơn La",
    origin_commune_code: "03868",
    weight_grams: 200,
    variants: [
      {
        title: "Túi 200 g",
        title_en: "200 g bag",
        sku: "SHANTX-200",
        price: 180000,
        stock: 90,
      },
    ],
  },
]
