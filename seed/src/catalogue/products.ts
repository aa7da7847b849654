import type { SeedProduct } from "./types"

const ALL_YEAR = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

/**
 * Demo products, each sold by one cooperative of ./cooperatives. Prices are
 * whole đồng with VAT, close to what such goods sell for online; weights
 * include packaging; the parcel size is the smallest variant's. Producer
 * names and quotes are invented.
 */
export const PRODUCTS: SeedProduct[] = [
  // ── HTX Sơn tra Đỉnh Mây Trạm Tấu (Lào Cai) ──────────────────────────────
  {
    handle: "tao-meo-tuoi-tram-tau",
    cooperative: "htx-son-tra-tram-tau",
    category: "trai-cay-tuoi",
    title: "Táo mèo tươi Trạm Tấu",
    title_en: "Fresh táo mèo from Trạm Tấu",
    subtitle: "Quả sơn tra chín vàng, hái tháng 8–10",
    subtitle_en: "Ripe mountain hawthorn, picked August to October",
    description:
      "Quả táo mèo chín vỏ vàng điểm đỏ, thịt giòn, vị chua chát và thơm hắc. Dùng ngâm rượu, làm siro, ô mai hoặc nấu canh chua. Để nơi thoáng mát được 1–2 tuần.",
    description_en:
      "Ripe táo mèo is yellow with red blush, crisp, sour and astringent, with a sharp scent. Use it for infusions, syrup, candied fruit or sour soups. Keeps one to two weeks somewhere cool and airy.",
    length_cm: 30,
    width_cm: 20,
    height_cm: 15,
    variants: [
      {
        title: "Thùng 3 kg",
        title_en: "3 kg box",
        sku: "TAOMEO-TT-TUOI-3K",
        price: 120000,
        stock: 60,
        weight_grams: 3300,
      },
      {
        title: "Thùng 5 kg",
        title_en: "5 kg box",
        sku: "TAOMEO-TT-TUOI-5K",
        price: 185000,
        stock: 35,
        weight_grams: 5400,
      },
    ],
    origin: {
      commune_code: "04609",
      ethnic_group: "mong",
      harvest_months: [8, 9, 10],
      story_vi:
        "Những cây táo mèo ở Phình Hồ mọc trên nương cao, nhiều cây đã vài chục năm tuổi. Đến mùa, cả nhà lên nương rung cây, nhặt quả vào gùi rồi cõng xuống điểm thu mua của hợp tác xã ở bản.",
      story_en:
        "The táo mèo trees of Phình Hồ grow on high hill fields, many of them decades old. In season whole families go up to shake the trees, gather the fruit into back baskets and carry it down to the cooperative's buying point in the village.",
      producer_name: "Anh Páo, tổ trưởng tổ thu mua",
      producer_quote_vi:
        "Quả rụng tự nhiên là quả chín nhất, nhưng phải nhặt ngay trong ngày kẻo dập.",
      producer_quote_en:
        "The fruit that falls by itself is the ripest, but you have to pick it up the same day before it bruises.",
      certifications: [],
    },
    illustration: {
      motif: "fruit",
      palette: ["#F6E7C8", "#C9562F", "#5B7A3A"],
      label: "Táo mèo tươi",
    },
  },
  {
    handle: "tao-meo-say-kho-tram-tau",
    cooperative: "htx-son-tra-tram-tau",
    category: "kho-say",
    title: "Táo mèo sấy khô Trạm Tấu",
    title_en: "Dried táo mèo from Trạm Tấu",
    subtitle: "Thái lát, sấy lò củi, không tẩm đường",
    subtitle_en: "Sliced, wood-kiln dried, no added sugar",
    description:
      "Táo mèo thái lát dày khoảng 3 mm, sấy đến khi khô giòn. Hãm với nước sôi uống thay trà, hoặc ngâm rượu theo tỉ lệ 1 kg táo khô với 5 lít. Bảo quản nơi khô ráo, dùng trong 12 tháng.",
    description_en:
      "Táo mèo sliced about 3 mm thick and dried until crisp. Steep in boiling water as a tea, or infuse in rice spirit at 1 kg of dried fruit to 5 litres. Keep dry and use within 12 months.",
    length_cm: 25,
    width_cm: 18,
    height_cm: 6,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "TAOMEO-TT-500",
        price: 120000,
        stock: 220,
        weight_grams: 560,
      },
      {
        title: "Túi 1 kg",
        title_en: "1 kg bag",
        sku: "TAOMEO-TT-1000",
        price: 225000,
        stock: 110,
        weight_grams: 1080,
      },
    ],
    origin: {
      commune_code: "04606",
      ethnic_group: "mong",
      harvest_months: [8, 9, 10],
      story_vi:
        "Quả được thái ngay trong ngày thu mua và trải lên khay tre trong lò sấy chung của hợp tác xã. Lò đốt củi cành táo mèo tỉa từ nương, nên lát táo khô có mùi khói nhẹ.",
      story_en:
        "The fruit is sliced on the day it is bought and spread on bamboo trays in the cooperative's shared kiln. The kiln burns prunings from the táo mèo fields, which gives the slices a faint smoky note.",
      producer_name: "Chị Mỷ, tổ trưởng tổ sấy",
      producer_quote_vi:
        "Sấy vội thì lát táo cháy cạnh, nên chúng tôi giữ lửa nhỏ suốt hai ngày.",
      producer_quote_en:
        "Rush the drying and the edges burn, so we keep the fire low for two whole days.",
      certifications: ["ocop-tao-meo-say"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#F3E3C3", "#A8432A", "#6B4F2A"],
      label: "Táo mèo sấy",
    },
  },
  {
    handle: "siro-tao-meo-tram-tau",
    cooperative: "htx-son-tra-tram-tau",
    category: "kho-say",
    title: "Siro táo mèo Trạm Tấu",
    title_en: "Táo mèo syrup from Trạm Tấu",
    subtitle: "Táo mèo ngâm đường phèn, pha nước uống",
    subtitle_en: "Táo mèo steeped in rock sugar, for cold drinks",
    description:
      "Táo mèo tươi ngâm với đường phèn trong chum sành khoảng ba tháng. Pha một phần siro với bốn phần nước lọc và đá. Sau khi mở nắp nên bảo quản ngăn mát.",
    description_en:
      "Fresh táo mèo steeped with rock sugar in stoneware jars for about three months. Mix one part syrup with four parts water and ice. Refrigerate after opening.",
    length_cm: 9,
    width_cm: 9,
    height_cm: 26,
    variants: [
      {
        title: "Chai 500 ml",
        title_en: "500 ml bottle",
        sku: "SIROTM-TT-500",
        price: 95000,
        stock: 80,
        weight_grams: 850,
      },
      {
        title: "Chai 1 lít",
        title_en: "1 litre bottle",
        sku: "SIROTM-TT-1000",
        price: 170000,
        stock: 30,
        weight_grams: 1550,
      },
    ],
    origin: {
      commune_code: "04606",
      ethnic_group: "thai",
      harvest_months: [8, 9, 10],
      story_vi:
        "Siro được làm từ những quả nhỏ, không đủ đẹp để sấy lát. Các chị trong tổ chế biến rửa quả, để ráo rồi xếp từng lớp quả, từng lớp đường vào chum.",
      story_en:
        "The syrup uses the small fruit that are not handsome enough for slicing. Women of the processing team wash and drain them, then layer fruit and sugar in the jars.",
      producer_name: "Chị Lò, tổ chế biến",
      producer_quote_vi: "Quả nhỏ mà thơm, bỏ đi thì phí công người hái.",
      producer_quote_en:
        "Small fruit still smell good; throwing them away wastes the pickers' work.",
      certifications: ["ocop-siro-tao-meo"],
    },
    illustration: {
      motif: "jar",
      palette: ["#FBEBD9", "#B03A2E", "#7A5C2E"],
      label: "Siro táo mèo",
    },
  },
  {
    handle: "tra-tao-meo-tui-loc",
    cooperative: "htx-son-tra-tram-tau",
    category: "mat-ong-thao-moc",
    title: "Trà táo mèo túi lọc",
    title_en: "Táo mèo tea bags",
    subtitle: "Táo mèo sấy nghiền thô, 30 túi mỗi hộp",
    subtitle_en: "Coarsely ground dried táo mèo, 30 bags a box",
    description:
      "Táo mèo sấy được nghiền thô và đóng túi lọc 3 g. Hãm một túi với 200 ml nước sôi trong 5 phút; vị chua nhẹ, hậu chát. Không thêm hương liệu.",
    description_en:
      "Dried táo mèo, coarsely ground and packed in 3 g bags. Steep one bag in 200 ml of boiling water for 5 minutes; mildly sour with a dry finish. No added flavouring.",
    length_cm: 20,
    width_cm: 8,
    height_cm: 8,
    variants: [
      {
        title: "Hộp 30 túi",
        title_en: "Box of 30 bags",
        sku: "TRATM-TT-30",
        price: 85000,
        stock: 140,
        weight_grams: 180,
      },
    ],
    origin: {
      commune_code: "04606",
      ethnic_group: "mong",
      harvest_months: [8, 9, 10],
      story_vi:
        "Trà túi lọc là sản phẩm mới nhất của hợp tác xã, làm từ những mẻ táo sấy bị vỡ lát. Việc đóng túi do thanh niên trong bản làm vào mùa đông, khi nương đã nghỉ.",
      story_en:
        "The tea bags are the cooperative's newest product, made from batches of broken dried slices. Young people from the village fill the bags in winter, when the fields are resting.",
      certifications: [],
    },
    illustration: {
      motif: "tea",
      palette: ["#F4E8D8", "#9E3B2A", "#4E6B3A"],
      label: "Trà táo mèo",
    },
  },
  {
    handle: "gao-nuong-tram-tau",
    cooperative: "htx-son-tra-tram-tau",
    category: "gao-mien",
    title: "Gạo nương Trạm Tấu",
    title_en: "Trạm Tấu upland rice",
    subtitle: "Lúa cạn trồng một vụ trên nương",
    subtitle_en: "Dry-land rice, one crop a year on hill fields",
    description:
      "Gạo lúa nương hạt to, màu trắng đục, còn một phần cám đỏ. Cơm mềm, hơi dẻo, thơm mùi lúa mới. Nên vo nhẹ và ngâm 20 phút trước khi nấu.",
    description_en:
      "Upland rice with large, cloudy grains that keep some red bran. Cooks soft and slightly sticky, with the smell of new rice. Rinse gently and soak for 20 minutes before cooking.",
    length_cm: 30,
    width_cm: 20,
    height_cm: 6,
    variants: [
      {
        title: "Túi 2 kg",
        title_en: "2 kg bag",
        sku: "GAONUONG-TT-2K",
        price: 90000,
        stock: 75,
        weight_grams: 2080,
      },
      {
        title: "Túi 5 kg",
        title_en: "5 kg bag",
        sku: "GAONUONG-TT-5K",
        price: 210000,
        stock: 25,
        weight_grams: 5100,
      },
    ],
    origin: {
      commune_code: "04603",
      ethnic_group: "mong",
      harvest_months: [9, 10],
      story_vi:
        "Tà Xi Láng là một trong những xã cao nhất vùng, nương lúa nằm trên sườn dốc không có nước tưới. Lúa gieo bằng gậy chọc lỗ khi mưa đầu mùa về và chỉ sống nhờ nước trời.",
      story_en:
        "Tà Xi Láng is one of the highest communes in the area, and its rice fields sit on unirrigated slopes. The seed is dibbled into holes when the first rains come, and the crop lives on rainfall alone.",
      producer_name: "Anh Chá, hộ thành viên",
      producer_quote_vi: "Năm nào mưa đúng mùa thì lúa nương thơm nhất.",
      producer_quote_en:
        "The years the rain comes on time, the upland rice smells best.",
      certifications: [],
    },
    illustration: {
      motif: "rice",
      palette: ["#F2EAD6", "#9A6B3C", "#4A6B35"],
      label: "Gạo nương",
    },
  },
  {
    handle: "thit-lon-ban-gac-bep-tram-tau",
    cooperative: "htx-son-tra-tram-tau",
    category: "thit-gac-bep",
    title: "Thịt lợn bản gác bếp Trạm Tấu",
    title_en: "Trạm Tấu kitchen-smoked village pork",
    subtitle: "Lợn thả vườn, hun khói củi trên gác bếp",
    subtitle_en: "Free-ranging pigs, smoked over a wood fire",
    description:
      "Thịt lợn bản nạc vai và ba chỉ, ướp muối, gừng, ớt rồi treo trên gác bếp khoảng hai tuần. Hấp 15 phút trước khi xé ăn, hoặc xào với măng. Hút chân không, bảo quản ngăn mát 3 tháng.",
    description_en:
      "Shoulder and belly of village pigs, rubbed with salt, ginger and chilli and hung above the hearth for about two weeks. Steam for 15 minutes before tearing, or stir-fry with bamboo shoots. Vacuum-packed; keeps 3 months refrigerated.",
    length_cm: 24,
    width_cm: 16,
    height_cm: 4,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g pack",
        sku: "LONGB-TT-500",
        price: 320000,
        stock: 45,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "04606",
      ethnic_group: "mong",
      harvest_months: ALL_YEAR,
      story_vi:
        "Lợn bản do các hộ thành viên nuôi thả quanh nhà, ăn ngô, rau và cám gạo. Hợp tác xã chỉ nhận lợn đã nuôi trên mười tháng.",
      story_en:
        "The pigs are raised by member households, roaming around the house on maize, greens and rice bran. The cooperative only takes animals raised for more than ten months.",
      producer_name: "Anh Sình, tổ gác bếp",
      producer_quote_vi:
        "Khói củi nghiến hay củi sa mu thì thịt mới có mùi rừng.",
      producer_quote_en:
        "It takes smoke from ironwood or mountain pine to give the meat that forest smell.",
      certifications: [],
    },
    illustration: {
      motif: "meat",
      palette: ["#F1E2D3", "#8A3324", "#3B2A22"],
      label: "Lợn gác bếp",
    },
  },

  // ── HTX Ong mật Sườn Đồi Mù Cang Chải (Lào Cai) ──────────────────────────
  {
    handle: "mat-ong-hoa-rung-mu-cang-chai",
    cooperative: "htx-ong-mat-mu-cang-chai",
    category: "mat-ong-thao-moc",
    title: "Mật ong hoa rừng Mù Cang Chải",
    title_en: "Mù Cang Chải wildflower honey",
    subtitle: "Ong nội, quay mật hai vụ xuân và thu",
    subtitle_en: "Native bees, extracted in spring and autumn",
    description:
      "Mật của ong nội (Apis cerana) lấy từ hoa rừng quanh các bản cao. Màu hổ phách, vị ngọt đậm, hơi chua nhẹ; có thể kết tinh khi trời lạnh, chỉ cần ngâm chai vào nước ấm. Không pha đường, không qua cô nhiệt.",
    description_en:
      "Honey from native bees (Apis cerana) foraging on forest flowers around the high villages. Amber, deeply sweet with a light tang; it may crystallise in cold weather, so just stand the bottle in warm water. No added sugar, no heat concentration.",
    length_cm: 8,
    width_cm: 8,
    height_cm: 22,
    variants: [
      {
        title: "Chai 500 ml",
        title_en: "500 ml bottle",
        sku: "MATONG-MCC-500",
        price: 320000,
        stock: 90,
        weight_grams: 850,
      },
      {
        title: "Chai 1 lít",
        title_en: "1 litre bottle",
        sku: "MATONG-MCC-1000",
        price: 600000,
        stock: 40,
        weight_grams: 1600,
      },
    ],
    origin: {
      commune_code: "04489",
      ethnic_group: "mong",
      harvest_months: [4, 5, 10, 11],
      story_vi:
        "Đõ ong của hợp tác xã đặt ở ven khu rừng già Chế Tạo, cách bản hàng giờ đi bộ. Mỗi đõ chỉ quay mật hai lần một năm để đàn ong còn đủ thức ăn qua mùa đông.",
      story_en:
        "The cooperative's log hives stand at the edge of the old forest of Chế Tạo, hours on foot from the village. Each hive is harvested only twice a year so the colony keeps enough food for winter.",
      producer_name: "Anh Chứ, tổ trưởng tổ ong",
      producer_quote_vi:
        "Lấy hết mật thì năm sau ong bỏ đõ đi, nên mình chỉ lấy phần thừa.",
      producer_quote_en:
        "Take all the honey and the bees leave the hive next year, so we only take the surplus.",
      certifications: ["ocop-mat-ong-hoa-rung"],
    },
    illustration: {
      motif: "bee",
      palette: ["#FFF4D6", "#D99A1E", "#5A3E1B"],
      label: "Mật ong hoa rừng",
    },
  },
  {
    handle: "mat-ong-hoa-son-tra-mu-cang-chai",
    cooperative: "htx-ong-mat-mu-cang-chai",
    category: "mat-ong-thao-moc",
    title: "Mật ong hoa sơn tra",
    title_en: "Táo mèo blossom honey",
    subtitle: "Vụ mật mùa xuân khi rừng táo mèo nở trắng",
    subtitle_en: "The spring crop, when the táo mèo trees bloom white",
    description:
      "Mật vụ xuân, khi hoa táo mèo nở rộ trên các sườn đồi. Màu vàng nhạt, mùi thơm nhẹ, vị ngọt thanh. Số lượng ít, mỗi năm chỉ một vụ.",
    description_en:
      "Spring honey from the weeks when táo mèo blossom covers the hillsides. Pale gold, lightly fragrant and clean-tasting. Made in small amounts, one crop a year.",
    length_cm: 8,
    width_cm: 8,
    height_cm: 22,
    variants: [
      {
        title: "Chai 500 ml",
        title_en: "500 ml bottle",
        sku: "MATONG-ST-500",
        price: 280000,
        stock: 0,
        weight_grams: 850,
      },
    ],
    origin: {
      commune_code: "04456",
      ethnic_group: "mong",
      harvest_months: [3, 4],
      story_vi:
        "Tháng 2–3, các hộ chuyển đõ ong đến gần những rặng táo mèo trồng trên nương. Mật quay sau mùa hoa khoảng ba tuần; vụ năm nay đã bán hết.",
      story_en:
        "In February and March families move their hives close to the rows of táo mèo on the hill fields. The honey is extracted about three weeks after the bloom; this year's crop has sold out.",
      producer_name: "Chị Mai, hộ nuôi ong",
      producer_quote_vi:
        "Mật hoa sơn tra loãng hơn mật rừng, nhưng thơm như mùi hoa buổi sáng.",
      producer_quote_en:
        "Táo mèo honey is thinner than forest honey, but it smells like the blossom in the morning.",
      certifications: [],
    },
    illustration: {
      motif: "bee",
      palette: ["#FFF8E6", "#E8B84A", "#F2F2F2"],
      label: "Mật hoa sơn tra",
    },
  },
  {
    handle: "bot-ngo-xay-da-mu-cang-chai",
    cooperative: "htx-ong-mat-mu-cang-chai",
    category: "gao-mien",
    title: "Bột ngô xay đá Mù Cang Chải",
    title_en: "Stone-ground maize flour from Mù Cang Chải",
    subtitle: "Ngô nếp nương, xay cối đá nước",
    subtitle_en: "Hill-field maize, milled by water-powered stone",
    description:
      "Bột ngô xay mịn vừa từ giống ngô nếp trắng trồng trên nương. Dùng đồ mèn mén, nấu cháo hoặc làm bánh. Bảo quản kín, nơi khô, dùng trong 6 tháng.",
    description_en:
      "Medium-fine flour from white glutinous maize grown on hill fields. Steam it into mèn mén, cook it as porridge or make cakes. Keep sealed and dry; use within 6 months.",
    length_cm: 22,
    width_cm: 14,
    height_cm: 7,
    variants: [
      {
        title: "Túi 1 kg",
        title_en: "1 kg bag",
        sku: "BOTNGO-MCC-1K",
        price: 60000,
        stock: 130,
        weight_grams: 1050,
      },
    ],
    origin: {
      commune_code: "04474",
      ethnic_group: "mong",
      harvest_months: [8, 9],
      story_vi:
        "Ở Lao Chải, ngô được thu về treo trên gác nhà cho khô hẳn rồi mới tẽ hạt. Bột được xay bằng cối đá chạy sức nước suối, chậm nên không làm nóng bột.",
      story_en:
        "In Lao Chải the maize is hung in the house loft until fully dry before it is shelled. The flour is ground by a stone mill turned by a stream, slowly enough that it does not heat the flour.",
      producer_name: "Anh Dế, hộ thành viên",
      producer_quote_vi:
        "Mèn mén phải đồ hai lần mới dẻo, bột xay đá thì không bị bết.",
      producer_quote_en:
        "Mèn mén needs steaming twice to turn tender, and stone-ground flour doesn't go gluey.",
      certifications: [],
    },
    illustration: {
      motif: "rice",
      palette: ["#FBF3DC", "#E0B341", "#6A5A3A"],
      label: "Bột ngô xay đá",
    },
  },
  {
    handle: "khan-vai-lanh-sap-ong-mong",
    cooperative: "htx-ong-mat-mu-cang-chai",
    category: "thu-cong",
    title: "Khăn trải bàn vải lanh vẽ sáp ong",
    title_en: "Hemp table runner with beeswax batik",
    subtitle: "Vải lanh Mông, vẽ sáp ong, nhuộm chàm",
    subtitle_en: "Hmong hemp cloth, beeswax-drawn, indigo-dyed",
    description:
      "Vải lanh dệt tay, hoa văn vẽ bằng sáp ong nóng rồi nhuộm chàm nhiều lần; sáp được đun tan để lộ hoa văn trắng. Khổ 40 × 150 cm. Giặt tay bằng nước lạnh, lần đầu có thể ra màu chàm.",
    description_en:
      "Hand-woven hemp, patterned with hot beeswax and dipped in indigo many times; the wax is then boiled off to reveal the white design. 40 × 150 cm. Hand wash in cold water; the first wash may release some indigo.",
    length_cm: 30,
    width_cm: 22,
    height_cm: 3,
    variants: [
      {
        title: "Khổ 40 × 150 cm",
        title_en: "40 × 150 cm",
        sku: "LANH-MCC-150",
        price: 450000,
        stock: 18,
        weight_grams: 350,
      },
    ],
    origin: {
      commune_code: "04456",
      ethnic_group: "mong",
      harvest_months: ALL_YEAR,
      story_vi:
        "Sáp dùng để vẽ lấy từ chính những đõ ong của hợp tác xã. Các chị vẽ bằng bút đồng nhúng sáp nóng, không dùng khuôn, nên không có hai tấm khăn giống hệt nhau.",
      story_en:
        "The wax comes from the cooperative's own hives. The women draw with copper pens dipped in hot wax, without stencils, so no two runners are exactly alike.",
      producer_name: "Chị Dợ, thợ vẽ sáp",
      producer_quote_vi:
        "Một tấm khăn vẽ mất ba ngày, nhuộm mất thêm một tuần.",
      producer_quote_en:
        "Drawing one runner takes three days, and dyeing takes another week.",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#E9EDF2", "#1F3A68", "#C9A227"],
      label: "Vải lanh sáp ong",
    },
  },
  {
    handle: "tui-vai-lanh-mong",
    cooperative: "htx-ong-mat-mu-cang-chai",
    category: "thu-cong",
    title: "Túi đeo vải lanh Mông",
    title_en: "Hmong hemp shoulder bag",
    subtitle: "Vải lanh nhuộm chàm, viền thêu tay",
    subtitle_en: "Indigo hemp with a hand-embroidered border",
    description:
      "Túi đeo vai may từ vải lanh nhuộm chàm, miệng túi viền thêu chỉ màu. Có lót vải bông và một túi nhỏ bên trong. Bản vừa 28 × 32 cm, bản lớn 35 × 40 cm.",
    description_en:
      "Shoulder bag sewn from indigo-dyed hemp, with a coloured hand-embroidered rim. Cotton lining and a small inside pocket. Medium 28 × 32 cm, large 35 × 40 cm.",
    length_cm: 30,
    width_cm: 25,
    height_cm: 4,
    variants: [
      {
        title: "Bản vừa",
        title_en: "Medium",
        sku: "TUILANH-MCC-M",
        price: 320000,
        stock: 24,
        weight_grams: 300,
      },
      {
        title: "Bản lớn",
        title_en: "Large",
        sku: "TUILANH-MCC-L",
        price: 420000,
        stock: 12,
        weight_grams: 420,
      },
    ],
    origin: {
      commune_code: "04456",
      ethnic_group: "mong",
      harvest_months: ALL_YEAR,
      story_vi:
        "Cây lanh được trồng, tước sợi, se và dệt ngay trong các gia đình Mông. Phần vải vụn khi may khăn được ghép lại làm quai túi.",
      story_en:
        "Hemp is grown, stripped, spun and woven within Hmong households. Offcuts left from the table runners become the bag straps.",
      producer_name: "Chị Súa, thợ may",
      producer_quote_vi: "Mẹ tôi dạy: áo lanh mặc mười năm vẫn chưa rách.",
      producer_quote_en:
        "My mother taught me that hemp clothes last ten years without tearing.",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#EEF0F4", "#22406E", "#B8432F"],
      label: "Túi vải lanh",
    },
  },

  // ── HTX Nếp Hương Thung Lũng Tú Lệ (Lào Cai) ─────────────────────────────
  {
    handle: "gao-nep-tu-le",
    cooperative: "htx-nep-tu-le",
    category: "gao-mien",
    title: "Gạo nếp Tú Lệ",
    title_en: "Tú Lệ sticky rice",
    subtitle: "Nếp thơm một vụ của thung lũng Tú Lệ",
    subtitle_en: "The valley's one-crop fragrant sticky rice",
    description:
      "Hạt nếp tròn, trắng đục, đồ xôi dẻo mà không nát, để nguội vẫn mềm và thơm. Ngâm gạo 4–6 tiếng trước khi đồ. Gạo vụ mới, xay trong tháng.",
    description_en:
      "Round, opaque grains that steam into sticky rice that holds its shape and stays soft and fragrant when cool. Soak for 4–6 hours before steaming. New-crop rice, milled within the month.",
    length_cm: 30,
    width_cm: 20,
    height_cm: 6,
    variants: [
      {
        title: "Túi 2 kg",
        title_en: "2 kg bag",
        sku: "NEP-TL-2K",
        price: 110000,
        stock: 160,
        weight_grams: 2080,
      },
      {
        title: "Túi 5 kg",
        title_en: "5 kg bag",
        sku: "NEP-TL-5K",
        price: 260000,
        stock: 70,
        weight_grams: 5100,
      },
    ],
    origin: {
      commune_code: "04630",
      ethnic_group: "thai",
      harvest_months: [9, 10],
      story_vi:
        "Ruộng nếp Tú Lệ được tưới bằng nước suối đầu nguồn, lạnh và trong. Người Thái giữ giống nếp qua nhiều đời, mỗi nhà tự để thóc giống cho vụ sau.",
      story_en:
        "Tú Lệ's sticky rice fields are watered from cold, clear headwater streams. Thái families have kept this variety for generations, each saving its own seed for the next year.",
      producer_name: "Chị Lả, tổ trưởng tổ xay xát",
      producer_quote_vi: "Nếp Tú Lệ đồ xôi, mở nồi là cả nhà biết.",
      producer_quote_en:
        "When Tú Lệ rice is steaming, the whole house knows the moment you lift the lid.",
      certifications: ["ocop-nep-tu-le"],
    },
    illustration: {
      motif: "rice",
      palette: ["#F1EBD2", "#C9A227", "#3F6B35"],
      label: "Nếp Tú Lệ",
    },
  },
  {
    handle: "com-tu-le",
    cooperative: "htx-nep-tu-le",
    category: "gao-mien",
    title: "Cốm Tú Lệ",
    title_en: "Tú Lệ green rice flakes",
    subtitle: "Nếp non rang chảo gang, giã chày gỗ",
    subtitle_en: "Young sticky rice, pan-roasted and hand-pounded",
    description:
      "Cốm dẹt, màu xanh ngà, thơm mùi lúa non. Ăn ngay, trộn với sữa chua, hoặc xào với mỡ hành. Bảo quản ngăn mát, dùng trong 2 tháng.",
    description_en:
      "Flat, pale green flakes that smell of young rice. Eat them as they are, stir into yoghurt, or fry with spring onion. Keep refrigerated and use within 2 months.",
    length_cm: 22,
    width_cm: 15,
    height_cm: 6,
    variants: [
      {
        title: "Gói 500 g",
        title_en: "500 g pack",
        sku: "COM-TL-500",
        price: 95000,
        stock: 35,
        weight_grams: 540,
      },
    ],
    origin: {
      commune_code: "04630",
      ethnic_group: "thai",
      harvest_months: [9, 10],
      story_vi:
        "Cốm chỉ làm được trong vài tuần khi hạt nếp vừa đông sữa. Người làm cốm thức từ đêm để rang và giã cho kịp phiên chợ sáng.",
      story_en:
        "Cốm can only be made for a few weeks, when the grain has just turned from milk to dough. Makers work through the night roasting and pounding in time for the morning market.",
      producer_name: "Chị Ươn, người làm cốm",
      producer_quote_vi: "Giã nhẹ tay thì hạt cốm dẹt mà không vỡ.",
      producer_quote_en:
        "Pound gently and the grains flatten without breaking.",
      certifications: ["ocop-com-tu-le"],
    },
    illustration: {
      motif: "rice",
      palette: ["#EEF5DF", "#7FA648", "#4A5A2A"],
      label: "Cốm Tú Lệ",
    },
  },
  {
    handle: "ep-khau-dung-xoi-tu-le",
    cooperative: "htx-nep-tu-le",
    category: "thu-cong",
    title: "Ép khẩu đựng xôi",
    title_en: "Thái sticky-rice basket (ép khẩu)",
    subtitle: "Giỏ mây có nắp giữ xôi ấm",
    subtitle_en: "Lidded rattan basket that keeps sticky rice warm",
    description:
      "Giỏ đựng xôi truyền thống của người Thái, đan mây hai lớp, nắp chụp kín, có dây đeo. Cỡ nhỏ đựng khoảng 0,5 kg xôi, cỡ lớn khoảng 1 kg. Lau khô sau khi dùng.",
    description_en:
      "The traditional Thái sticky-rice basket, woven double-walled from rattan with a close-fitting lid and carrying cord. The small holds about 0.5 kg of rice, the large about 1 kg. Wipe dry after use.",
    length_cm: 18,
    width_cm: 18,
    height_cm: 22,
    variants: [
      {
        title: "Cỡ nhỏ",
        title_en: "Small",
        sku: "EPKHAU-TL-S",
        price: 120000,
        stock: 40,
        weight_grams: 250,
      },
      {
        title: "Cỡ lớn",
        title_en: "Large",
        sku: "EPKHAU-TL-L",
        price: 180000,
        stock: 22,
        weight_grams: 400,
      },
    ],
    origin: {
      commune_code: "04630",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Ép khẩu do các ông trong bản đan lúc nông nhàn, mây lấy từ rừng và phơi khô trước cả tháng. Mỗi chiếc mất hai đến ba ngày.",
      story_en:
        "The older men of the village weave the baskets between farm seasons, from rattan gathered in the forest and dried for a month beforehand. Each one takes two to three days.",
      producer_name: "Ông Thoong, thợ đan",
      producer_quote_vi: "Đan ép khẩu phải khít, xôi để đến chiều vẫn mềm.",
      producer_quote_en:
        "A good basket is woven tight, so the rice is still soft by evening.",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#F3E7D0", "#9A6A34", "#3F6B35"],
      label: "Ép khẩu",
    },
  },

  // ── HTX Thảo dược Dao Đỏ Tả Phìn (Lào Cai) ───────────────────────────────
  {
    handle: "la-tam-nguoi-dao-do-ta-phin",
    cooperative: "htx-thao-duoc-ta-phin",
    category: "mat-ong-thao-moc",
    title: "Lá tắm người Dao đỏ Tả Phìn",
    title_en: "Red Dao herbal bath leaves from Tả Phìn",
    subtitle: "Hỗn hợp lá rừng phơi khô, đun nước tắm",
    subtitle_en: "Dried forest leaves to boil for a bath",
    description:
      "Hỗn hợp hơn mười loại lá, thân, rễ phơi khô theo cách của người Dao đỏ. Đun 100 g với 5 lít nước trong 30 phút, pha thêm nước cho vừa ấm để tắm hoặc ngâm chân. Sản phẩm dùng ngoài da, không uống.",
    description_en:
      "A mix of more than ten dried leaves, stems and roots prepared the Red Dao way. Boil 100 g in 5 litres of water for 30 minutes and add water until warm for a bath or foot soak. For external use only; not for drinking.",
    length_cm: 28,
    width_cm: 20,
    height_cm: 8,
    variants: [
      {
        title: "Túi 500 g (5 lần tắm)",
        title_en: "500 g bag (5 baths)",
        sku: "LATAM-TP-500",
        price: 90000,
        stock: 150,
        weight_grams: 560,
      },
      {
        title: "Túi 1 kg (10 lần tắm)",
        title_en: "1 kg bag (10 baths)",
        sku: "LATAM-TP-1K",
        price: 165000,
        stock: 70,
        weight_grams: 1080,
      },
    ],
    origin: {
      commune_code: "03013",
      ethnic_group: "dao",
      harvest_months: ALL_YEAR,
      story_vi:
        "Các chị Dao đỏ đi hái lá theo nhóm, mỗi loại chỉ cắt một phần để cây còn mọc lại. Lá được rửa, thái nhỏ và phơi trên sàn tre cho đến khi giòn.",
      story_en:
        "Red Dao women gather the leaves in groups, cutting only part of each plant so it grows back. The leaves are washed, chopped and dried on bamboo floors until crisp.",
      producer_name: "Chị Mẩy, người hái lá",
      producer_quote_vi:
        "Bà tôi dặn hái lá phải chừa gốc, năm sau còn có mà hái.",
      producer_quote_en:
        "My grandmother said always leave the root, so there is something to pick next year.",
      certifications: ["ocop-la-tam-dao"],
    },
    illustration: {
      motif: "leaf",
      palette: ["#E8F0E0", "#A3262A", "#2F5233"],
      label: "Lá tắm Dao đỏ",
    },
  },
  {
    handle: "thao-qua-kho-ta-phin",
    cooperative: "htx-thao-duoc-ta-phin",
    category: "mat-ong-thao-moc",
    title: "Thảo quả khô Tả Phìn",
    title_en: "Dried black cardamom from Tả Phìn",
    subtitle: "Trồng dưới tán rừng, sấy khói",
    subtitle_en: "Grown under the forest canopy, smoke-dried",
    description:
      "Quả thảo quả sấy khói, vỏ nâu sẫm, hạt thơm cay. Nướng sơ rồi đập dập, cho vào nồi nước dùng phở, món hầm hoặc ngâm rượu. Bảo quản kín, dùng trong 12 tháng.",
    description_en:
      "Smoke-dried black cardamom pods with dark brown skins and warm, spicy seeds. Toast lightly, crack, and add to phở broth or stews, or infuse in spirit. Keep sealed; use within 12 months.",
    length_cm: 20,
    width_cm: 14,
    height_cm: 6,
    variants: [
      {
        title: "Túi 200 g",
        title_en: "200 g bag",
        sku: "THAOQUA-TP-200",
        price: 65000,
        stock: 120,
        weight_grams: 240,
      },
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "THAOQUA-TP-500",
        price: 150000,
        stock: 60,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "03013",
      ethnic_group: "dao",
      harvest_months: [10, 11, 12],
      story_vi:
        "Thảo quả mọc thành bụi dưới tán rừng ẩm, quả mọc sát gốc và chín đỏ vào cuối thu. Sau khi hái, quả được sấy trên lán bằng khói củi vài ngày đêm.",
      story_en:
        "Black cardamom grows in clumps under the damp forest canopy, with the fruit at the base of the stems ripening red in late autumn. After picking, the pods are smoked over wood fires in field huts for several days and nights.",
      producer_name: "Anh Chẻo, hộ trồng thảo quả",
      producer_quote_vi: "Rừng còn tán thì thảo quả mới sai quả.",
      producer_quote_en:
        "Black cardamom only fruits well where the forest canopy is intact.",
      certifications: [],
    },
    illustration: {
      motif: "leaf",
      palette: ["#EDE4DA", "#6E2B23", "#2F5233"],
      label: "Thảo quả",
    },
  },
  {
    handle: "thit-lon-den-hun-khoi-ta-phin",
    cooperative: "htx-thao-duoc-ta-phin",
    category: "thit-gac-bep",
    title: "Thịt lợn đen hun khói Tả Phìn",
    title_en: "Tả Phìn smoked black pork",
    subtitle: "Lợn đen người Dao nuôi, hun khói củi",
    subtitle_en: "Black pigs raised by Dao families, wood-smoked",
    description:
      "Thịt lợn đen ướp muối, thảo quả và hạt dổi, hun khói trên gác bếp khoảng ba tuần. Thịt săn, thơm mùi gia vị rừng. Hấp hoặc nướng lại trước khi ăn; bảo quản ngăn mát 3 tháng.",
    description_en:
      "Black pork cured with salt, black cardamom and dổi seeds, then smoked above the hearth for about three weeks. Firm, with the scent of forest spices. Steam or grill before eating; keeps 3 months refrigerated.",
    length_cm: 24,
    width_cm: 16,
    height_cm: 4,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g pack",
        sku: "LONDEN-TP-500",
        price: 340000,
        stock: 30,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "03013",
      ethnic_group: "dao",
      harvest_months: ALL_YEAR,
      story_vi:
        "Lợn đen là giống lợn nhỏ, lớn chậm, được người Dao nuôi thả trong vườn. Gia vị ướp cũng là những thứ các hộ tự trồng hay hái trong rừng.",
      story_en:
        "The black pig is a small, slow-growing breed that Dao families let roam their gardens. The cure uses spices the households grow or gather themselves.",
      producer_name: "Chị Chàn, tổ chế biến",
      certifications: [],
    },
    illustration: {
      motif: "meat",
      palette: ["#EFE3D6", "#5E2A20", "#2A2A2A"],
      label: "Lợn đen hun khói",
    },
  },
  {
    handle: "tui-theu-dao-do-ta-phin",
    cooperative: "htx-thao-duoc-ta-phin",
    category: "thu-cong",
    title: "Túi thêu tay người Dao đỏ",
    title_en: "Red Dao hand-embroidered bag",
    subtitle: "Thêu chữ thập trên vải chàm",
    subtitle_en: "Cross-stitch on indigo cloth",
    description:
      "Túi đeo chéo may từ vải chàm, mặt trước thêu chữ thập bằng chỉ đỏ, vàng, trắng theo hoa văn của người Dao đỏ, quai có tua len đỏ. Kích thước 25 × 30 cm, có khoá kéo.",
    description_en:
      "Cross-body bag of indigo cloth, its front cross-stitched in red, yellow and white in Red Dao patterns, with red wool tassels on the strap. 25 × 30 cm, zip-closed.",
    length_cm: 30,
    width_cm: 25,
    height_cm: 4,
    variants: [
      {
        title: "Một chiếc",
        title_en: "One bag",
        sku: "TUITHEU-TP-01",
        price: 380000,
        stock: 16,
        weight_grams: 300,
      },
    ],
    origin: {
      commune_code: "03013",
      ethnic_group: "dao",
      harvest_months: ALL_YEAR,
      story_vi:
        "Hoa văn được thêu từ mặt trái vải, không vẽ mẫu trước. Một mặt túi mất khoảng một tuần thêu vào buổi tối.",
      story_en:
        "The patterns are stitched from the back of the cloth, with nothing drawn beforehand. One bag face takes about a week of evenings.",
      producer_name: "Chị Tả Mẩy, thợ thêu",
      producer_quote_vi: "Con gái Dao học thêu từ bảy, tám tuổi.",
      producer_quote_en:
        "Dao girls start learning embroidery at seven or eight.",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#F2E9E4", "#B3202A", "#1E2F4F"],
      label: "Túi thêu Dao đỏ",
    },
  },

  // ── HTX Nông nghiệp Sương Sớm Lạc Dương (Lâm Đồng) ───────────────────────
  {
    handle: "dong-trung-ha-thao-say-lac-duong",
    cooperative: "htx-nong-nghiep-lac-duong",
    category: "mat-ong-thao-moc",
    title: "Đông trùng hạ thảo sấy thăng hoa",
    title_en: "Freeze-dried cordyceps",
    subtitle: "Cordyceps militaris nuôi cấy trên cao nguyên Lang Biang",
    subtitle_en: "Cordyceps militaris cultivated on the Lang Biang plateau",
    description:
      "Quả thể đông trùng hạ thảo (Cordyceps militaris) nuôi cấy trên giá thể gạo lứt, sấy thăng hoa nên giữ màu cam. Hãm 5–7 sợi với nước nóng 90°C, hoặc nấu canh, hầm gà. Là thực phẩm, không phải thuốc.",
    description_en:
      "Fruiting bodies of Cordyceps militaris grown on a brown-rice substrate and freeze-dried, so they keep their orange colour. Steep 5–7 strands in water at 90°C, or add to soups and braised chicken. A food, not a medicine.",
    length_cm: 12,
    width_cm: 12,
    height_cm: 8,
    variants: [
      {
        title: "Hộp 10 g",
        title_en: "10 g box",
        sku: "DTHT-LD-10",
        price: 390000,
        stock: 85,
        weight_grams: 120,
      },
      {
        title: "Hộp 30 g",
        title_en: "30 g box",
        sku: "DTHT-LD-30",
        price: 1090000,
        stock: 30,
        weight_grams: 220,
      },
    ],
    origin: {
      commune_code: "24848",
      ethnic_group: "co-ho",
      harvest_months: ALL_YEAR,
      story_vi:
        "Mỗi mẻ nuôi cấy kéo dài khoảng hai tháng trong phòng kín, nhiệt độ giữ quanh 18–22°C. Khí hậu mát của Lạc Dương giúp tiết kiệm điện làm lạnh so với nuôi ở vùng thấp.",
      story_en:
        "Each batch grows for about two months in a closed room held at around 18–22°C. Lạc Dương's cool climate saves much of the cooling power a lowland farm would need.",
      producer_name: "Chị K'Hoa, kỹ thuật viên phòng nuôi",
      producer_quote_vi:
        "Chỉ cần một khay nhiễm nấm lạ là phải bỏ cả mẻ, nên phòng nuôi luôn phải sạch.",
      producer_quote_en:
        "One contaminated tray means throwing out the whole batch, so the grow room has to stay spotless.",
      certifications: ["ocop-dong-trung-say"],
    },
    illustration: {
      motif: "mushroom",
      palette: ["#FCEFE3", "#E07A2E", "#5B3A29"],
      label: "Đông trùng hạ thảo",
    },
  },
  {
    handle: "tra-dong-trung-ha-thao-lac-duong",
    cooperative: "htx-nong-nghiep-lac-duong",
    category: "mat-ong-thao-moc",
    title: "Trà đông trùng hạ thảo túi lọc",
    title_en: "Cordyceps tea bags",
    subtitle: "Đông trùng sấy và cỏ ngọt, 20 túi",
    subtitle_en: "Dried cordyceps with stevia leaf, 20 bags",
    description:
      "Đông trùng hạ thảo sấy nghiền thô, phối với lá cỏ ngọt, đóng túi lọc 2 g. Hãm một túi với 150 ml nước nóng trong 5 phút. Không chứa hương liệu.",
    description_en:
      "Coarsely ground dried cordyceps blended with stevia leaf in 2 g bags. Steep one bag in 150 ml of hot water for 5 minutes. No added flavouring.",
    length_cm: 18,
    width_cm: 10,
    height_cm: 7,
    variants: [
      {
        title: "Hộp 20 túi",
        title_en: "Box of 20 bags",
        sku: "TRADT-LD-20",
        price: 180000,
        stock: 70,
        weight_grams: 160,
      },
    ],
    origin: {
      commune_code: "24848",
      ethnic_group: "co-ho",
      harvest_months: ALL_YEAR,
      story_vi:
        "Trà làm từ những sợi đông trùng ngắn hoặc gãy khi thu hái. Cỏ ngọt được trồng trong vườn của các hộ thành viên người Cơ Ho.",
      story_en:
        "The tea uses short or broken strands from the harvest. The stevia is grown in the gardens of Koho member households.",
      certifications: [],
    },
    illustration: {
      motif: "tea",
      palette: ["#FBF0E4", "#D9782D", "#4F6B3A"],
      label: "Trà đông trùng",
    },
  },
  {
    handle: "chanh-day-lac-duong",
    cooperative: "htx-nong-nghiep-lac-duong",
    category: "trai-cay-tuoi",
    title: "Chanh dây tím Lạc Dương",
    title_en: "Lạc Dương purple passion fruit",
    subtitle: "Quả chín cây, vỏ tím, ruột vàng thơm",
    subtitle_en: "Vine-ripened, purple skin, fragrant golden pulp",
    description:
      "Chanh dây tím hái khi quả đã chín trên giàn. Vỏ nhăn nhẹ sau vài ngày là lúc ruột ngọt và thơm nhất. Pha nước, làm sốt hoặc ăn trực tiếp; để nơi thoáng được khoảng hai tuần.",
    description_en:
      "Purple passion fruit picked once ripe on the vine. When the skin wrinkles a little after a few days, the pulp is at its sweetest. Make juice or sauce, or eat it with a spoon; keeps about two weeks somewhere airy.",
    length_cm: 25,
    width_cm: 18,
    height_cm: 12,
    variants: [
      {
        title: "Thùng 2 kg",
        title_en: "2 kg box",
        sku: "CHANHDAY-LD-2K",
        price: 85000,
        stock: 90,
        weight_grams: 2300,
      },
      {
        title: "Thùng 5 kg",
        title_en: "5 kg box",
        sku: "CHANHDAY-LD-5K",
        price: 190000,
        stock: 40,
        weight_grams: 5500,
      },
    ],
    origin: {
      commune_code: "24848",
      ethnic_group: "co-ho",
      harvest_months: [6, 7, 8, 9, 10, 11],
      story_vi:
        "Giàn chanh dây dựng trên đất rẫy cũ của các hộ Cơ Ho, xen với cà phê. Vườn được ghi nhật ký phun, bón theo VietGAP.",
      story_en:
        "The passion fruit trellises stand on Koho families' former hill fields, alongside coffee. Spraying and feeding are logged under VietGAP.",
      producer_name: "Anh Ha Sin, chủ vườn",
      producer_quote_vi:
        "Quả rụng xuống gốc là chín đúng độ, mình nhặt mỗi sáng.",
      producer_quote_en:
        "A fruit that drops to the ground is perfectly ripe; we collect them every morning.",
      certifications: ["vietgap-chanh-day"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#F5EAF2", "#5E2750", "#E8B923"],
      label: "Chanh dây",
    },
  },
  {
    handle: "hong-gion-lac-duong",
    cooperative: "htx-nong-nghiep-lac-duong",
    category: "trai-cay-tuoi",
    title: "Hồng giòn Lạc Dương",
    title_en: "Lạc Dương crisp persimmons",
    subtitle: "Hồng không chát, ăn giòn như táo",
    subtitle_en: "Non-astringent persimmons, crisp as an apple",
    description:
      "Giống hồng ăn giòn, không cần ủ, vỏ vàng cam, ngọt mát. Ăn ngay khi nhận hoặc để ngăn mát 1–2 tuần. Cuối vụ quả nhỏ dần.",
    description_en:
      "A crisp, non-astringent persimmon that needs no ripening: orange skin, cool and sweet. Eat on arrival or keep 1–2 weeks in the fridge. Fruit gets smaller towards the end of the season.",
    length_cm: 25,
    width_cm: 18,
    height_cm: 12,
    variants: [
      {
        title: "Thùng 2 kg",
        title_en: "2 kg box",
        sku: "HONGGION-LD-2K",
        price: 120000,
        stock: 25,
        weight_grams: 2300,
      },
    ],
    origin: {
      commune_code: "24846",
      ethnic_group: "co-ho",
      harvest_months: [8, 9, 10, 11],
      story_vi:
        "Những cây hồng trồng quanh nhà ở chân núi Lang Biang, mỗi cây cho vài chục ký quả một mùa. Quả hái bằng sào có túi lưới để không bị dập.",
      story_en:
        "The persimmon trees grow around houses at the foot of Lang Biang mountain, each giving a few dozen kilos a season. The fruit is picked with a netted pole so it does not bruise.",
      producer_name: "Bà Liêng, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "fruit",
      palette: ["#FFF0DE", "#E8772E", "#4F6B3A"],
      label: "Hồng giòn",
    },
  },
  {
    handle: "khan-tho-cam-co-ho-lac-duong",
    cooperative: "htx-nong-nghiep-lac-duong",
    category: "thu-cong",
    title: "Khăn trải bàn thổ cẩm Cơ Ho",
    title_en: "Koho brocade table runner",
    subtitle: "Dệt trên khung dệt đeo lưng",
    subtitle_en: "Woven on a backstrap loom",
    description:
      "Khăn dệt tay bằng sợi bông, nền đen, hoa văn đỏ, trắng, vàng theo lối Cơ Ho. Khổ 35 × 180 cm, hai đầu tết tua. Giặt tay, phơi trong bóng râm.",
    description_en:
      "Hand-woven cotton with a black ground and red, white and yellow Koho patterns. 35 × 180 cm with braided fringes at both ends. Hand wash and dry in the shade.",
    length_cm: 30,
    width_cm: 22,
    height_cm: 4,
    variants: [
      {
        title: "Khổ 35 × 180 cm",
        title_en: "35 × 180 cm",
        sku: "THOCAM-LD-180",
        price: 420000,
        stock: 14,
        weight_grams: 400,
      },
    ],
    origin: {
      commune_code: "24848",
      ethnic_group: "co-ho",
      harvest_months: ALL_YEAR,
      story_vi:
        "Người dệt ngồi duỗi chân trên sàn, một đầu khung buộc vào cột nhà, đầu kia vòng qua lưng. Một tấm khăn dài mất khoảng mười ngày.",
      story_en:
        "The weaver sits on the floor with her legs outstretched, one end of the loom tied to a house post and the other around her back. A long runner takes about ten days.",
      producer_name: "Chị K'Brơi, thợ dệt",
      producer_quote_vi:
        "Hoa văn là cây rừng, con suối, dấu chân chim mà mẹ tôi dệt.",
      producer_quote_en:
        "The patterns are the forest trees, the stream and bird tracks my mother used to weave.",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#2B2424", "#C0392B", "#F1C40F"],
      label: "Thổ cẩm Cơ Ho",
    },
  },
  {
    handle: "tui-tho-cam-co-ho-lac-duong",
    cooperative: "htx-nong-nghiep-lac-duong",
    category: "thu-cong",
    title: "Túi đeo vai thổ cẩm Cơ Ho",
    title_en: "Koho brocade shoulder bag",
    subtitle: "Vải dệt tay, lót bông, có khoá kéo",
    subtitle_en: "Hand-woven cloth, cotton lining, zip closure",
    description:
      "Túi đeo vai may từ thổ cẩm Cơ Ho dệt tay, lót vải bông, khoá kéo và một ngăn trong. Kích thước 30 × 32 cm, quai dài 60 cm.",
    description_en:
      "Shoulder bag sewn from hand-woven Koho brocade, cotton-lined, with a zip and an inside pocket. 30 × 32 cm, 60 cm strap.",
    length_cm: 32,
    width_cm: 26,
    height_cm: 4,
    variants: [
      {
        title: "Một chiếc",
        title_en: "One bag",
        sku: "TUITC-LD-01",
        price: 290000,
        stock: 26,
        weight_grams: 350,
      },
    ],
    origin: {
      commune_code: "24848",
      ethnic_group: "co-ho",
      harvest_months: ALL_YEAR,
      story_vi:
        "Vải dệt bởi các chị lớn tuổi, còn việc cắt may do thanh niên trong thôn học nghề may đảm nhận. Nhờ vậy người già vẫn dệt, người trẻ có việc làm ngay tại thôn.",
      story_en:
        "Older women weave the cloth and young people of the village, trained as tailors, cut and sew it. So the elders keep weaving and the young have work at home.",
      producer_name: "Chị Ka Thu, thợ may",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#F3ECE6", "#A52A2A", "#2B2424"],
      label: "Túi thổ cẩm Cơ Ho",
    },
  },

  // ── HTX Miến dong Nà Phai Côn Minh (Thái Nguyên) ─────────────────────────
  {
    handle: "mien-dong-con-minh",
    cooperative: "htx-mien-dong-con-minh",
    category: "gao-mien",
    title: "Miến dong Côn Minh",
    title_en: "Côn Minh canna glass noodles",
    subtitle: "Tinh bột dong riềng nguyên chất, phơi nắng",
    subtitle_en: "Pure canna starch, sun-dried",
    description:
      "Sợi miến màu nâu trong, dai, không nát khi nấu, làm 100% từ tinh bột dong riềng, không chất tẩy trắng. Ngâm nước lạnh 5 phút rồi trụng qua nước sôi; dùng nấu canh, xào, lẩu.",
    description_en:
      "Clear, light-brown noodles that stay chewy and whole when cooked, made from 100% canna starch with no bleach. Soak in cold water for 5 minutes, then dip in boiling water; use in soups, stir-fries and hot pots.",
    length_cm: 30,
    width_cm: 20,
    height_cm: 6,
    variants: [
      {
        title: "Gói 500 g",
        title_en: "500 g pack",
        sku: "MIEN-CM-500",
        price: 70000,
        stock: 260,
        weight_grams: 540,
      },
      {
        title: "Gói 1 kg",
        title_en: "1 kg pack",
        sku: "MIEN-CM-1K",
        price: 135000,
        stock: 180,
        weight_grams: 1060,
      },
      {
        title: "Thùng 5 kg",
        title_en: "5 kg carton",
        sku: "MIEN-CM-5K",
        price: 640000,
        stock: 40,
        weight_grams: 5300,
      },
    ],
    origin: {
      commune_code: "02185",
      ethnic_group: "tay",
      harvest_months: [11, 12, 1, 2],
      story_vi:
        "Miến chỉ làm vào mùa khô, khi nắng hanh và gió bấc giúp sợi khô đều trong một, hai ngày. Những ngày mưa, cả xưởng nghỉ làm vì miến phơi lâu sẽ chua.",
      story_en:
        "Noodles are only made in the dry season, when crisp sun and the northern wind dry the strands evenly in a day or two. On rainy days the workshop stops, because slow-drying noodles turn sour.",
      producer_name: "Chị Nhung, tổ trưởng tổ tráng bánh",
      producer_quote_vi:
        "Trông trời mà làm: hôm nào nắng to là cả tổ dậy từ ba giờ sáng.",
      producer_quote_en:
        "We work by the sky: on a sunny day the whole team is up at three in the morning.",
      certifications: ["ocop-mien-dong", "nhtt-mien-dong-bac-kan"],
    },
    illustration: {
      motif: "noodles",
      palette: ["#F4EFE6", "#8C6A4F", "#3B2F2A"],
      label: "Miến dong",
    },
  },
  {
    handle: "tinh-bot-dong-rieng-con-minh",
    cooperative: "htx-mien-dong-con-minh",
    category: "gao-mien",
    title: "Tinh bột dong riềng Côn Minh",
    title_en: "Côn Minh canna starch",
    subtitle: "Bột lọc nhiều lần, phơi khô",
    subtitle_en: "Washed several times and dried",
    description:
      "Tinh bột dong riềng màu trắng ngà, mịn. Dùng làm bánh, làm sệt nước sốt hoặc tự làm miến tại nhà. Bảo quản kín, nơi khô ráo.",
    description_en:
      "Fine, ivory-white canna starch. Use it for cakes, to thicken sauces, or to make your own noodles. Keep sealed in a dry place.",
    length_cm: 22,
    width_cm: 14,
    height_cm: 7,
    variants: [
      {
        title: "Túi 1 kg",
        title_en: "1 kg bag",
        sku: "BOTDONG-CM-1K",
        price: 75000,
        stock: 95,
        weight_grams: 1050,
      },
    ],
    origin: {
      commune_code: "02185",
      ethnic_group: "tay",
      harvest_months: [10, 11, 12, 1],
      story_vi:
        "Củ dong được mài, lọc qua nhiều bể nước suối và để lắng qua đêm. Lớp bột trắng dưới đáy bể được vớt ra, phơi trên nong tre.",
      story_en:
        "The roots are grated, washed through a series of stream-water tanks and left to settle overnight. The white starch at the bottom is lifted out and dried on bamboo trays.",
      producer_name: "Anh Toàn, tổ lọc bột",
      certifications: [],
    },
    illustration: {
      motif: "jar",
      palette: ["#F7F3EA", "#B89B72", "#4A3B2E"],
      label: "Bột dong riềng",
    },
  },
  {
    handle: "moc-nhi-rung-con-minh",
    cooperative: "htx-mien-dong-con-minh",
    category: "kho-say",
    title: "Mộc nhĩ rừng sấy khô",
    title_en: "Dried forest wood ear mushrooms",
    subtitle: "Tai mèo mọc trên gỗ mục, phơi nắng",
    subtitle_en: "Wood ear from fallen logs, sun-dried",
    description:
      "Mộc nhĩ mỏng, giòn, hái trên thân cây gỗ mục trong rừng và phơi khô. Ngâm nước ấm 20 phút, cắt bỏ chân, dùng xào, nấu canh, làm nem. Bảo quản nơi khô.",
    description_en:
      "Thin, crunchy wood ear mushrooms gathered from rotting logs in the forest and dried. Soak in warm water for 20 minutes, trim the base and use in stir-fries, soups or spring rolls. Keep dry.",
    length_cm: 24,
    width_cm: 16,
    height_cm: 8,
    variants: [
      {
        title: "Túi 200 g",
        title_en: "200 g bag",
        sku: "MOCNHI-CM-200",
        price: 75000,
        stock: 80,
        weight_grams: 240,
      },
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "MOCNHI-CM-500",
        price: 175000,
        stock: 35,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "02152",
      ethnic_group: "dao",
      harvest_months: [4, 5, 6, 7, 8, 9],
      story_vi:
        "Người Dao ở Cường Lợi đi rừng hái mộc nhĩ vào mùa mưa, sau những trận mưa rào. Mộc nhĩ được nhặt sạch vụn gỗ và phơi ngay trong ngày.",
      story_en:
        "Dao families in Cường Lợi gather wood ear in the rainy season, after heavy showers. It is picked clean of wood debris and dried the same day.",
      producer_name: "Chị Phây, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "mushroom",
      palette: ["#EFE7DE", "#3E2A22", "#6B8E4E"],
      label: "Mộc nhĩ rừng",
    },
  },

  // ── HTX Quả ngọt Cao nguyên Mộc Châu (Sơn La) ────────────────────────────
  {
    handle: "dau-tay-moc-chau",
    cooperative: "htx-qua-ngot-moc-chau",
    category: "trai-cay-tuoi",
    title: "Dâu tây Mộc Châu",
    title_en: "Mộc Châu strawberries",
    subtitle: "Hái buổi sáng, giao nhanh về Hà Nội",
    subtitle_en: "Picked in the morning, express to Hà Nội",
    description:
      "Dâu tây trồng trên cao nguyên Mộc Châu, quả chín đỏ, thơm, vị chua ngọt. Bảo quản ngăn mát, ăn trong 3 ngày. Chỉ giao các tỉnh có tuyến nhanh trong ngày hoặc hôm sau.",
    description_en:
      "Strawberries from the Mộc Châu plateau: red, fragrant, sweet and tart. Keep refrigerated and eat within 3 days. Shipped only where same-day or next-day delivery is available.",
    length_cm: 22,
    width_cm: 15,
    height_cm: 8,
    variants: [
      {
        title: "Hộp 500 g",
        title_en: "500 g box",
        sku: "DAUTAY-MC-500",
        price: 125000,
        stock: 120,
        weight_grams: 650,
      },
      {
        title: "Hộp 1 kg",
        title_en: "1 kg box",
        sku: "DAUTAY-MC-1K",
        price: 230000,
        stock: 60,
        weight_grams: 1250,
      },
    ],
    origin: {
      commune_code: "03980",
      ethnic_group: "thai",
      harvest_months: [12, 1, 2, 3, 4],
      story_vi:
        "Dâu được trồng trên luống phủ bạt, tưới nhỏ giọt, trong nhà lưới chắn mưa. Vụ dâu bắt đầu khi trời Mộc Châu trở lạnh vào tháng 12.",
      story_en:
        "The strawberries grow on mulched beds with drip irrigation under rain shelters. The season starts when Mộc Châu turns cold in December.",
      producer_name: "Chị Lan, tổ trưởng tổ dâu",
      producer_quote_vi:
        "Hái lúc sương vừa tan thì quả chắc và để được lâu nhất.",
      producer_quote_en:
        "Picked just as the dew lifts, the berries are firmest and keep longest.",
      certifications: ["ocop-dau-tay", "vietgap-dau-tay"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#FDECEC", "#D7263D", "#3C7A3E"],
      label: "Dâu tây Mộc Châu",
    },
  },
  {
    handle: "man-hau-moc-chau",
    cooperative: "htx-qua-ngot-moc-chau",
    category: "trai-cay-tuoi",
    title: "Mận hậu Mộc Châu",
    title_en: "Mộc Châu hậu plums",
    subtitle: "Mận giòn, chua ngọt, chín đầu hè",
    subtitle_en: "Crisp, sweet-sour plums, ripe in early summer",
    description:
      "Mận hậu quả to, vỏ xanh phớt đỏ, thịt đỏ, giòn và chua ngọt. Ăn tươi hoặc dầm muối ớt. Hết mùa vào cuối tháng 7; đặt trước cho vụ sau.",
    description_en:
      "Large hậu plums with green-to-red skins and crisp, red, sweet-sour flesh. Eat fresh or with chilli salt. The season ends in late July; pre-order for next year.",
    length_cm: 35,
    width_cm: 25,
    height_cm: 15,
    variants: [
      {
        title: "Thùng 5 kg",
        title_en: "5 kg box",
        sku: "MANHAU-MC-5K",
        price: 240000,
        stock: 0,
        weight_grams: 5500,
      },
    ],
    origin: {
      commune_code: "03982",
      ethnic_group: "mong",
      harvest_months: [5, 6, 7],
      story_vi:
        "Mận hậu được trồng trên các đồi quanh Thảo Nguyên, nhiều vườn của người Mông đã vài chục năm tuổi. Hoa mận nở trắng đồi vào tháng 1, quả chín sau đó khoảng năm tháng.",
      story_en:
        "Hậu plums grow on the hills around Thảo Nguyên, many in Hmong orchards decades old. The blossom whitens the hills in January, and the fruit ripens about five months later.",
      producer_name: "Anh Vàng, chủ vườn mận",
      producer_quote_vi:
        "Mận để trên cây thêm vài ngày thì ngọt hơn, nhưng gặp mưa là nứt.",
      producer_quote_en:
        "A few more days on the tree make the plums sweeter, but one rain and they split.",
      certifications: ["vietgap-man-hau"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#EEF4E4", "#8E2C48", "#5E8C3A"],
      label: "Mận hậu",
    },
  },
  {
    handle: "dau-tay-say-deo-moc-chau",
    cooperative: "htx-qua-ngot-moc-chau",
    category: "kho-say",
    title: "Dâu tây sấy dẻo Mộc Châu",
    title_en: "Mộc Châu soft-dried strawberries",
    subtitle: "Sấy lạnh, ít đường",
    subtitle_en: "Cold-dried, low sugar",
    description:
      "Dâu tây cắt đôi, ngâm đường nhẹ rồi sấy lạnh đến khi dẻo. Vị chua ngọt, giữ màu đỏ sẫm. Bảo quản kín, nơi mát, dùng trong 6 tháng.",
    description_en:
      "Halved strawberries, lightly sugared and cold-dried until chewy. Sweet and tart, deep red. Keep sealed somewhere cool; use within 6 months.",
    length_cm: 20,
    width_cm: 14,
    height_cm: 5,
    variants: [
      {
        title: "Túi 250 g",
        title_en: "250 g bag",
        sku: "DAUSAY-MC-250",
        price: 110000,
        stock: 140,
        weight_grams: 290,
      },
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "DAUSAY-MC-500",
        price: 205000,
        stock: 60,
        weight_grams: 550,
      },
    ],
    origin: {
      commune_code: "03980",
      ethnic_group: "thai",
      harvest_months: [12, 1, 2, 3, 4],
      story_vi:
        "Những quả dâu nhỏ hoặc không đều được đưa vào sấy thay vì bán rẻ cho thương lái. Nhờ máy sấy lạnh, hợp tác xã bán dâu được cả những tháng hết vụ.",
      story_en:
        "Small or uneven berries go to the dryer instead of being sold cheaply to traders. With the cold dryer, the cooperative sells strawberries even after the season ends.",
      producer_name: "Anh Quàng, tổ chế biến",
      certifications: ["ocop-dau-say"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#FBE9E7", "#A61E33", "#6B4F3A"],
      label: "Dâu sấy dẻo",
    },
  },
  {
    handle: "man-say-deo-moc-chau",
    cooperative: "htx-qua-ngot-moc-chau",
    category: "kho-say",
    title: "Mận hậu sấy dẻo",
    title_en: "Soft-dried hậu plums",
    subtitle: "Mận Mộc Châu bỏ hạt, sấy dẻo",
    subtitle_en: "Pitted Mộc Châu plums, dried chewy",
    description:
      "Mận hậu bỏ hạt, ướp chút đường và muối rồi sấy đến khi dẻo. Vị chua ngọt mặn, ăn vặt hoặc pha trà. Bảo quản kín, dùng trong 6 tháng.",
    description_en:
      "Pitted hậu plums, cured with a little sugar and salt and dried until chewy. Sweet, sour and salty: a snack, or steep in tea. Keep sealed; use within 6 months.",
    length_cm: 22,
    width_cm: 15,
    height_cm: 5,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "MANSAY-MC-500",
        price: 115000,
        stock: 100,
        weight_grams: 550,
      },
    ],
    origin: {
      commune_code: "03982",
      ethnic_group: "mong",
      harvest_months: [5, 6, 7],
      story_vi:
        "Vào chính vụ, giá mận tại vườn có năm xuống rất thấp. Sấy dẻo giúp các hộ giữ lại phần quả đẹp mà không phải bán tháo.",
      story_en:
        "At the height of the season the farm-gate price of plums can fall very low. Drying lets families keep good fruit instead of dumping it.",
      certifications: [],
    },
    illustration: {
      motif: "fruit",
      palette: ["#F6E6EA", "#7E2243", "#4F6B3A"],
      label: "Mận sấy dẻo",
    },
  },

  // ── HTX Bếp Lửa Bản Thái Thuận Châu (Sơn La) ─────────────────────────────
  {
    handle: "thit-trau-gac-bep-thuan-chau",
    cooperative: "htx-gac-bep-thuan-chau",
    category: "thit-gac-bep",
    title: "Thịt trâu gác bếp Thuận Châu",
    title_en: "Thuận Châu kitchen-smoked buffalo",
    subtitle: "Tẩm mắc khén, hun khói theo cách người Thái",
    subtitle_en: "Rubbed with mắc khén and smoked the Thái way",
    description:
      "Thịt trâu thái theo thớ, tẩm mắc khén, ớt, gừng, sả rồi treo trên gác bếp nhiều ngày. Hấp 10 phút, đập nhẹ cho tơi rồi xé sợi, chấm chẩm chéo. Hút chân không, bảo quản ngăn mát 3 tháng.",
    description_en:
      "Buffalo cut along the grain, rubbed with mắc khén pepper, chilli, ginger and lemongrass, and hung above the hearth for days. Steam for 10 minutes, pound lightly, tear into strips and dip in chẩm chéo. Vacuum-packed; keeps 3 months refrigerated.",
    length_cm: 22,
    width_cm: 15,
    height_cm: 3,
    variants: [
      {
        title: "Túi 250 g",
        title_en: "250 g pack",
        sku: "TRAUGB-TC-250",
        price: 250000,
        stock: 70,
        weight_grams: 300,
      },
      {
        title: "Túi 500 g",
        title_en: "500 g pack",
        sku: "TRAUGB-TC-500",
        price: 490000,
        stock: 45,
        weight_grams: 560,
      },
      {
        title: "Túi 1 kg",
        title_en: "1 kg pack",
        sku: "TRAUGB-TC-1K",
        price: 950000,
        stock: 15,
        weight_grams: 1080,
      },
    ],
    origin: {
      commune_code: "03721",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Cứ khoảng 3 kg thịt tươi mới được 1 kg thịt gác bếp. Thịt treo trên gác bếp củi trong nhà sàn, khói bay lên đều suốt ngày đêm.",
      story_en:
        "It takes about 3 kg of fresh meat to make 1 kg of smoked. The meat hangs above a wood fire inside the stilt house, where the smoke rises evenly day and night.",
      producer_name: "Anh Khọi, tổ trưởng tổ gác bếp",
      producer_quote_vi: "Thịt trâu gác bếp thật thì xé ra từng thớ, không bở.",
      producer_quote_en:
        "Real smoked buffalo tears into fibres; it never crumbles.",
      certifications: ["ocop-trau-gac-bep"],
    },
    illustration: {
      motif: "meat",
      palette: ["#F2E6DA", "#7A2E1F", "#2B2B2B"],
      label: "Trâu gác bếp",
    },
  },
  {
    handle: "thit-lon-gac-bep-thuan-chau",
    cooperative: "htx-gac-bep-thuan-chau",
    category: "thit-gac-bep",
    title: "Thịt lợn gác bếp Thuận Châu",
    title_en: "Thuận Châu kitchen-smoked pork",
    subtitle: "Ba chỉ và nạc vai, ướp mắc khén",
    subtitle_en: "Belly and shoulder, cured with mắc khén",
    description:
      "Thịt lợn bản ướp mắc khén, hạt dổi, ớt, tỏi rồi hun khói trên gác bếp. Hấp cách thủy 15 phút, thái mỏng. Hút chân không, bảo quản ngăn mát 3 tháng.",
    description_en:
      "Village pork cured with mắc khén, dổi seeds, chilli and garlic, then smoked above the hearth. Steam for 15 minutes and slice thin. Vacuum-packed; keeps 3 months refrigerated.",
    length_cm: 24,
    width_cm: 16,
    height_cm: 4,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g pack",
        sku: "LONGB-TC-500",
        price: 330000,
        stock: 55,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "03763",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Lợn được mua của các hộ Thái ở Long Hẹ, nuôi bằng cám gạo, ngô và rau. Mỗi mẻ thịt được ghi tên hộ nuôi để người mua có thể hỏi lại.",
      story_en:
        "The pigs are bought from Thái households in Long Hẹ, raised on rice bran, maize and greens. Each batch is labelled with the household that raised it, so buyers can trace it back.",
      producer_name: "Chị Ín, tổ gác bếp",
      certifications: [],
    },
    illustration: {
      motif: "meat",
      palette: ["#F4E7DC", "#94412E", "#3A2A22"],
      label: "Lợn gác bếp",
    },
  },
  {
    handle: "lap-xuong-gac-bep-thuan-chau",
    cooperative: "htx-gac-bep-thuan-chau",
    category: "thit-gac-bep",
    title: "Lạp xưởng gác bếp Thuận Châu",
    title_en: "Thuận Châu smoked sausages",
    subtitle: "Thịt lợn bản, mắc khén, hun khói củi",
    subtitle_en: "Village pork, mắc khén, wood-smoked",
    description:
      "Lạp xưởng nhồi thịt lợn bản xay thô với mắc khén, rượu ngô và chút đường, hun khói trên gác bếp một tuần. Chiên nhỏ lửa hoặc hấp. Bảo quản ngăn mát 2 tháng.",
    description_en:
      "Sausages of coarsely chopped village pork with mắc khén, maize spirit and a little sugar, smoked above the hearth for a week. Fry gently or steam. Keeps 2 months refrigerated.",
    length_cm: 24,
    width_cm: 16,
    height_cm: 4,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g pack",
        sku: "LAPXUONG-TC-500",
        price: 210000,
        stock: 75,
        weight_grams: 550,
      },
    ],
    origin: {
      commune_code: "03721",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Lạp xưởng được làm theo mẻ nhỏ vài chục ký một lần trong bếp chung của hợp tác xã. Khói lấy từ củi nhãn và lõi ngô.",
      story_en:
        "The sausages are made in small batches of a few dozen kilos in the cooperative's shared kitchen. The smoke comes from longan wood and corn cobs.",
      producer_name: "Chị Hặc, tổ gác bếp",
      producer_quote_vi:
        "Khói lõi ngô làm vỏ lạp xưởng vàng đẹp mà không đắng.",
      producer_quote_en:
        "Corn-cob smoke turns the casings golden without any bitterness.",
      certifications: [],
    },
    illustration: {
      motif: "meat",
      palette: ["#F6E9DD", "#A23B2A", "#4A2E22"],
      label: "Lạp xưởng",
    },
  },
  {
    handle: "cham-cheo-thuan-chau",
    cooperative: "htx-gac-bep-thuan-chau",
    category: "kho-say",
    title: "Chẩm chéo khô Thuận Châu",
    title_en: "Thuận Châu dry chẩm chéo dipping spice",
    subtitle: "Ớt, mắc khén, hạt dổi, muối rang",
    subtitle_en: "Chilli, mắc khén, dổi seed and toasted salt",
    description:
      "Gia vị chấm của người Thái: ớt khô, mắc khén, hạt dổi, tỏi, muối rang giã chung. Chấm thịt gác bếp, thịt luộc, hoa quả chua. Hũ thuỷ tinh, để nơi khô được 6 tháng.",
    description_en:
      "The Thái dipping spice: dried chilli, mắc khén, dổi seed, garlic and toasted salt pounded together. For smoked or boiled meat and sour fruit. Glass jar; keeps 6 months in a dry place.",
    length_cm: 8,
    width_cm: 8,
    height_cm: 10,
    variants: [
      {
        title: "Hũ 100 g",
        title_en: "100 g jar",
        sku: "CHAMCHEO-TC-100",
        price: 45000,
        stock: 200,
        weight_grams: 180,
      },
      {
        title: "Hũ 250 g",
        title_en: "250 g jar",
        sku: "CHAMCHEO-TC-250",
        price: 95000,
        stock: 110,
        weight_grams: 350,
      },
    ],
    origin: {
      commune_code: "03721",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Mỗi nhà Thái có một cách pha chẩm chéo; công thức của hợp tác xã là của các bà trong bản thống nhất lại. Gia vị được rang riêng từng loại trên chảo gang rồi mới giã.",
      story_en:
        "Every Thái household mixes its chẩm chéo differently; the cooperative's recipe is the one the village grandmothers agreed on. Each spice is toasted separately in a cast-iron pan before pounding.",
      producer_name: "Bà Ón, người pha chẩm chéo",
      producer_quote_vi: "Thiếu hạt dổi thì không còn là chẩm chéo nữa.",
      producer_quote_en: "Without dổi seed, it isn't chẩm chéo any more.",
      certifications: [],
    },
    illustration: {
      motif: "jar",
      palette: ["#F8EBDD", "#C0392B", "#5A3A22"],
      label: "Chẩm chéo",
    },
  },
  {
    handle: "mac-khen-thuan-chau",
    cooperative: "htx-gac-bep-thuan-chau",
    category: "mat-ong-thao-moc",
    title: "Hạt mắc khén Thuận Châu",
    title_en: "Thuận Châu mắc khén pepper",
    subtitle: "Hạt tiêu rừng của người Thái",
    subtitle_en: "The Thái's forest pepper",
    description:
      "Quả mắc khén phơi khô, thơm mùi cam chanh, hơi tê đầu lưỡi. Rang sơ rồi giã, dùng ướp thịt nướng, cá nướng, nấu canh hoặc pha chẩm chéo. Bảo quản kín.",
    description_en:
      "Dried mắc khén berries with a citrusy scent and a slight tongue-tingling numbness. Toast, then grind for marinating grilled meat or fish, seasoning soups or mixing chẩm chéo. Keep sealed.",
    length_cm: 18,
    width_cm: 12,
    height_cm: 5,
    variants: [
      {
        title: "Túi 200 g",
        title_en: "200 g bag",
        sku: "MACKHEN-TC-200",
        price: 90000,
        stock: 120,
        weight_grams: 240,
      },
    ],
    origin: {
      commune_code: "03763",
      ethnic_group: "thai",
      harvest_months: [9, 10, 11],
      story_vi:
        "Cây mắc khén mọc trên nương và ven rừng, thân có gai, quả mọc thành chùm. Người hái phải trèo cao và bẻ cả chùm khi quả vừa chuyển màu.",
      story_en:
        "Mắc khén trees grow on hill fields and forest edges, thorny-trunked with fruit in clusters. Pickers climb high and snap off whole clusters just as the berries change colour.",
      producer_name: "Anh Panh, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "leaf",
      palette: ["#F1E9DC", "#5C3A21", "#6B8E3A"],
      label: "Mắc khén",
    },
  },
  {
    handle: "khan-pieu-thuan-chau",
    cooperative: "htx-gac-bep-thuan-chau",
    category: "thu-cong",
    title: "Khăn piêu thêu tay Thuận Châu",
    title_en: "Thuận Châu hand-embroidered piêu scarf",
    subtitle: "Khăn đội đầu của phụ nữ Thái đen",
    subtitle_en: "The head scarf of Black Thái women",
    description:
      "Khăn vải bông nhuộm chàm đen, hai đầu thêu hoa văn nhiều màu và đính 'cút piêu' kết bằng chỉ. Dài khoảng 160 cm. Dùng làm khăn quàng hoặc trang trí. Giặt tay.",
    description_en:
      "An indigo-black cotton scarf, both ends embroidered in many colours and finished with knotted cút piêu tassels. About 160 cm long. Wear it as a scarf or hang it as decoration. Hand wash.",
    length_cm: 25,
    width_cm: 18,
    height_cm: 3,
    variants: [
      {
        title: "Một chiếc",
        title_en: "One scarf",
        sku: "KHANPIEU-TC-01",
        price: 450000,
        stock: 20,
        weight_grams: 150,
      },
    ],
    origin: {
      commune_code: "03721",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Một chiếc khăn piêu thêu kỹ mất gần một tháng. Ngày trước, cô gái Thái thêu khăn piêu để tặng người thương và mang theo khi về nhà chồng.",
      story_en:
        "A carefully embroidered piêu takes nearly a month. In the past a Thái girl embroidered piêu to give to her sweetheart and to bring with her when she married.",
      producer_name: "Chị Xuân, thợ thêu",
      producer_quote_vi:
        "Nhìn đường thêu cút piêu là biết người thêu khéo hay vụng.",
      producer_quote_en:
        "You can tell a skilled embroiderer from the tassel knots alone.",
      certifications: ["ocop-khan-pieu"],
    },
    illustration: {
      motif: "weave",
      palette: ["#1E1E24", "#D7263D", "#F4D35E"],
      label: "Khăn piêu",
    },
  },

  // ── HTX Chè cổ thụ Mây Trắng Tà Xùa (Sơn La) ─────────────────────────────
  {
    handle: "che-shan-tuyet-ta-xua",
    cooperative: "htx-che-co-thu-ta-xua",
    category: "mat-ong-thao-moc",
    title: "Chè Shan tuyết cổ thụ Tà Xùa",
    title_en: "Tà Xùa old-tree Shan tuyết tea",
    subtitle: "Búp phủ tuyết, sao chảo gang",
    subtitle_en: "Downy buds, pan-fired in cast iron",
    description:
      "Chè xanh từ búp một tôm hai lá của cây Shan tuyết cổ thụ, sao và vò tay. Cánh chè xoăn, phủ lông trắng; nước vàng xanh, vị chát dịu, hậu ngọt. Pha 5 g với 150 ml nước 85–90°C.",
    description_en:
      "Green tea from the bud and two leaves of old Shan tuyết trees, pan-fired and hand-rolled. Curled leaves with white down; a yellow-green cup, gently astringent with a sweet finish. Brew 5 g in 150 ml at 85–90°C.",
    length_cm: 20,
    width_cm: 12,
    height_cm: 6,
    variants: [
      {
        title: "Túi 200 g",
        title_en: "200 g bag",
        sku: "SHAN-TX-200",
        price: 190000,
        stock: 90,
        weight_grams: 260,
      },
      {
        title: "Hộp 500 g",
        title_en: "500 g tin",
        sku: "SHAN-TX-500",
        price: 450000,
        stock: 35,
        weight_grams: 600,
      },
    ],
    origin: {
      commune_code: "03868",
      ethnic_group: "mong",
      harvest_months: [3, 4, 5, 6, 7, 8, 9, 10],
      story_vi:
        "Nhiều cây chè ở Tà Xùa cao vài mét, người hái phải trèo lên cành. Chè vụ xuân tháng 3–4 là ngon nhất; mùa đông cây nghỉ không hái.",
      story_en:
        "Many of Tà Xùa's tea trees stand several metres tall, and pickers climb into the branches. The spring picking in March and April is the best; in winter the trees rest.",
      producer_name: "Anh Tráng, tổ trưởng tổ sao chè",
      producer_quote_vi:
        "Chè hái sáng nào phải sao xong trong ngày, để qua đêm là mất hương.",
      producer_quote_en:
        "Leaves picked in the morning must be fired the same day; left overnight, they lose their aroma.",
      certifications: ["ocop-che-shan", "huu-co-che"],
    },
    illustration: {
      motif: "tea",
      palette: ["#EEF3E6", "#6B8E4E", "#2E3B2A"],
      label: "Chè Shan tuyết",
    },
  },
  {
    handle: "hong-tra-shan-tuyet-ta-xua",
    cooperative: "htx-che-co-thu-ta-xua",
    category: "mat-ong-thao-moc",
    title: "Hồng trà Shan tuyết Tà Xùa",
    title_en: "Tà Xùa Shan tuyết black tea",
    subtitle: "Lên men thủ công, nước đỏ hổ phách",
    subtitle_en: "Hand-oxidised, an amber-red cup",
    description:
      "Búp Shan tuyết được héo, vò và ủ lên men tự nhiên rồi sấy khô. Nước màu đỏ hổ phách, mùi mật ong và quả chín, vị êm. Pha 4 g với 150 ml nước sôi, hãm 3 phút.",
    description_en:
      "Shan tuyết leaves withered, rolled, left to oxidise naturally and dried. An amber-red cup that smells of honey and ripe fruit, smooth on the palate. Brew 4 g in 150 ml of boiling water for 3 minutes.",
    length_cm: 15,
    width_cm: 10,
    height_cm: 6,
    variants: [
      {
        title: "Túi 100 g",
        title_en: "100 g bag",
        sku: "HONGTRA-TX-100",
        price: 160000,
        stock: 50,
        weight_grams: 160,
      },
    ],
    origin: {
      commune_code: "03868",
      ethnic_group: "mong",
      harvest_months: [3, 4, 5, 6, 7, 8, 9, 10],
      story_vi:
        "Hồng trà dùng lá của những đợt hái hè, khi búp to và nhiều nước. Hợp tác xã học cách làm từ một lớp tập huấn và thử nghiệm ba năm mới bán.",
      story_en:
        "The black tea uses summer pickings, when the buds are large and full of sap. The cooperative learned the method at a training course and experimented for three years before selling it.",
      producer_name: "Chị Sua, tổ sao chè",
      certifications: ["huu-co-che"],
    },
    illustration: {
      motif: "tea",
      palette: ["#F5E9E2", "#8E3B2E", "#3A4A2E"],
      label: "Hồng trà Shan",
    },
  },

  // ── HTX Vườn Cam Đồi Mường Cao Phong (Phú Thọ) ───────────────────────────
  {
    handle: "cam-cao-phong",
    cooperative: "htx-cam-cao-phong",
    category: "trai-cay-tuoi",
    title: "Cam Cao Phong",
    title_en: "Cao Phong oranges",
    subtitle: "Chỉ dẫn địa lý số 00046",
    subtitle_en: "Geographical indication No. 00046",
    description:
      "Cam vỏ mỏng, nhiều nước, ngọt đậm, hái khi đã chín trên cây. Quả có thể còn vỏ xanh vàng xen kẽ, đó là màu tự nhiên. Để nơi thoáng mát được khoảng 2 tuần.",
    description_en:
      "Thin-skinned, juicy, deeply sweet oranges, picked ripe from the tree. The skin may be mottled green and yellow; that is its natural colour. Keeps about 2 weeks somewhere cool and airy.",
    length_cm: 40,
    width_cm: 30,
    height_cm: 20,
    variants: [
      {
        title: "Thùng 5 kg",
        title_en: "5 kg box",
        sku: "CAM-CP-5K",
        price: 210000,
        stock: 150,
        weight_grams: 5500,
      },
      {
        title: "Thùng 10 kg",
        title_en: "10 kg box",
        sku: "CAM-CP-10K",
        price: 400000,
        stock: 60,
        weight_grams: 10800,
      },
    ],
    origin: {
      commune_code: "05089",
      ethnic_group: "muong",
      harvest_months: [11, 12, 1],
      story_vi:
        "Cam được trồng trên đồi thoai thoải, mỗi hộ thành viên có từ nửa héc-ta đến hai héc-ta. Quả được cắt bằng kéo, để lại cuống ngắn để giữ được lâu.",
      story_en:
        "The oranges grow on gentle hillsides, half a hectare to two hectares per member household. The fruit is cut with shears, leaving a short stem so it keeps longer.",
      producer_name: "Anh Bình, tổ trưởng tổ thu hoạch",
      producer_quote_vi:
        "Cam Cao Phong ngon nhất là sau những đêm đầu đông se lạnh.",
      producer_quote_en:
        "Cao Phong oranges are best after the first cold nights of winter.",
      certifications: ["gi-cam-cao-phong", "ocop-cam", "vietgap-cam"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#FFF1DC", "#F28C28", "#2F6B3A"],
      label: "Cam Cao Phong",
    },
  },
  {
    handle: "cam-canh-cao-phong",
    cooperative: "htx-cam-cao-phong",
    category: "trai-cay-tuoi",
    title: "Cam canh Cao Phong",
    title_en: "Cao Phong canh mandarins",
    subtitle: "Vỏ mỏng, dễ bóc, chín dịp Tết",
    subtitle_en: "Thin, easy-peel skin, ripe for Tết",
    description:
      "Cam canh quả nhỏ, vỏ đỏ cam, dễ bóc, múi mọng, vị ngọt hơi chua. Thường có trong mâm ngũ quả ngày Tết. Để nơi thoáng được khoảng 10 ngày.",
    description_en:
      "Small canh mandarins with red-orange, easy-peel skins and juicy, sweet, slightly tart segments. A regular on the Tết fruit tray. Keeps about 10 days somewhere airy.",
    length_cm: 40,
    width_cm: 30,
    height_cm: 20,
    variants: [
      {
        title: "Thùng 5 kg",
        title_en: "5 kg box",
        sku: "CAMCANH-CP-5K",
        price: 190000,
        stock: 90,
        weight_grams: 5500,
      },
    ],
    origin: {
      commune_code: "05089",
      ethnic_group: "muong",
      harvest_months: [12, 1, 2],
      story_vi:
        "Cam canh là một trong những giống được bảo hộ trong chỉ dẫn địa lý Cao Phong. Các hộ để quả chín trên cây đến sát Tết mới hái.",
      story_en:
        "Canh mandarins are one of the varieties covered by the Cao Phong geographical indication. Families leave the fruit on the tree until just before Tết.",
      producer_name: "Chị Hiền, hộ thành viên",
      certifications: ["gi-cam-cao-phong"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#FFEBD6", "#E4572E", "#2F6B3A"],
      label: "Cam canh",
    },
  },
  {
    handle: "mia-tim-cao-phong",
    cooperative: "htx-cam-cao-phong",
    category: "trai-cay-tuoi",
    title: "Mía tím Cao Phong",
    title_en: "Cao Phong purple sugarcane",
    subtitle: "Mía ăn, gọt sẵn, cắt khúc",
    subtitle_en: "Eating cane, peeled and cut",
    description:
      "Mía tím thân to, mềm, nhiều nước, ngọt thanh, được gọt vỏ và cắt khúc 15 cm, đóng hộp hút ẩm. Bảo quản ngăn mát, ăn trong 5 ngày.",
    description_en:
      "Thick, tender, juicy purple cane with a clean sweetness, peeled and cut into 15 cm lengths in a moisture-absorbing box. Keep refrigerated and eat within 5 days.",
    length_cm: 30,
    width_cm: 20,
    height_cm: 10,
    variants: [
      {
        title: "Hộp 2 kg",
        title_en: "2 kg box",
        sku: "MIA-CP-2K",
        price: 80000,
        stock: 60,
        weight_grams: 2300,
      },
    ],
    origin: {
      commune_code: "05089",
      ethnic_group: "muong",
      harvest_months: [12, 1, 2],
      story_vi:
        "Mía tím được trồng trên những bãi đất thấp ven suối, thu hoạch vào mùa khô trước Tết. Người Mường vẫn dựng cây mía hai bên bàn thờ ngày Tết.",
      story_en:
        "The purple cane grows on low ground beside the streams and is cut in the dry season before Tết. Mường families still stand sugarcane on either side of the altar at Tết.",
      certifications: [],
    },
    illustration: {
      motif: "leaf",
      palette: ["#F3ECF4", "#5B2A5E", "#6B8E3A"],
      label: "Mía tím",
    },
  },
  {
    handle: "cam-say-lat-cao-phong",
    cooperative: "htx-cam-cao-phong",
    category: "kho-say",
    title: "Cam sấy lát Cao Phong",
    title_en: "Cao Phong dried orange slices",
    subtitle: "Cả vỏ, sấy giòn, không đường",
    subtitle_en: "Skin on, crisp-dried, no sugar",
    description:
      "Cam Cao Phong thái lát cả vỏ, sấy khô giòn. Thả vào trà nóng, nước lọc hoặc dùng trang trí bánh. Bảo quản kín, dùng trong 9 tháng.",
    description_en:
      "Cao Phong oranges sliced skin-on and dried crisp. Drop into hot tea or water, or use to decorate cakes. Keep sealed; use within 9 months.",
    length_cm: 20,
    width_cm: 14,
    height_cm: 5,
    variants: [
      {
        title: "Túi 200 g",
        title_en: "200 g bag",
        sku: "CAMSAY-CP-200",
        price: 95000,
        stock: 70,
        weight_grams: 240,
      },
    ],
    origin: {
      commune_code: "05089",
      ethnic_group: "muong",
      harvest_months: [11, 12, 1],
      story_vi:
        "Cam sấy làm từ những quả xấu mã nhưng vẫn ngọt. Trước đây, loại cam này thường bị bán rẻ hoặc bỏ lại trong vườn.",
      story_en:
        "The slices come from oranges that look rough but are still sweet. Such fruit used to be sold off cheaply or left in the orchard.",
      producer_name: "Chị Thơm, tổ chế biến",
      certifications: [],
    },
    illustration: {
      motif: "fruit",
      palette: ["#FFF4E2", "#E8862A", "#7A5230"],
      label: "Cam sấy lát",
    },
  },
  {
    handle: "thit-chua-muong-cao-phong",
    cooperative: "htx-cam-cao-phong",
    category: "thit-gac-bep",
    title: "Thịt chua Mường",
    title_en: "Mường fermented pork",
    subtitle: "Ủ thính gạo trong ống nứa",
    subtitle_en: "Cured with toasted rice powder in bamboo tubes",
    description:
      "Thịt lợn thái mỏng, trộn thính gạo rang và muối, ủ chua trong ống nứa lót lá ổi. Ăn cùng lá sung, lá đinh lăng và tương ớt. Hộp 500 g, bảo quản ngăn mát, dùng trong 10 ngày.",
    description_en:
      "Thinly sliced pork mixed with toasted rice powder and salt, fermented in bamboo tubes lined with guava leaves. Eat with fig and polyscias leaves and chilli sauce. 500 g tub; refrigerate and eat within 10 days.",
    length_cm: 18,
    width_cm: 12,
    height_cm: 8,
    variants: [
      {
        title: "Hộp 500 g",
        title_en: "500 g tub",
        sku: "THITCHUA-CP-500",
        price: 180000,
        stock: 40,
        weight_grams: 650,
      },
    ],
    origin: {
      commune_code: "05089",
      ethnic_group: "muong",
      harvest_months: ALL_YEAR,
      story_vi:
        "Thịt chua là món người Mường làm để đãi khách và mang đi nương. Mỗi mẻ cần khoảng một tuần để lên men.",
      story_en:
        "Thịt chua is what Mường families make for guests and take to the fields. Each batch takes about a week to ferment.",
      producer_name: "Bà Khuyên, người làm thịt chua",
      producer_quote_vi: "Thính phải rang vàng, giã mịn thì thịt mới chua đều.",
      producer_quote_en:
        "The rice powder must be toasted golden and ground fine, or the pork sours unevenly.",
      certifications: [],
    },
    illustration: {
      motif: "meat",
      palette: ["#F7EDE2", "#B5533C", "#5E7A3A"],
      label: "Thịt chua",
    },
  },

  // ── HTX Dệt thổ cẩm Khung Cửi Mai Châu (Phú Thọ) ─────────────────────────
  {
    handle: "tui-tho-cam-mai-chau",
    cooperative: "htx-det-mai-chau",
    category: "thu-cong",
    title: "Túi thổ cẩm Mai Châu",
    title_en: "Mai Châu brocade bag",
    subtitle: "Vải dệt khung cửi của người Thái trắng",
    subtitle_en: "Loom-woven cloth of the White Thái",
    description:
      "Túi may từ thổ cẩm dệt tay, hoa văn hình học trên nền chàm, lót vải bông, khoá kéo. Bản đeo vai 28 × 30 cm; bản xách lớn 38 × 35 cm có ngăn đựng máy tính bảng.",
    description_en:
      "A bag sewn from hand-woven brocade, geometric patterns on indigo, cotton-lined with a zip. Shoulder bag 28 × 30 cm; the large tote, 38 × 35 cm, has a tablet sleeve.",
    length_cm: 30,
    width_cm: 25,
    height_cm: 4,
    variants: [
      {
        title: "Túi đeo vai",
        title_en: "Shoulder bag",
        sku: "TUITC-MAI-01",
        price: 350000,
        stock: 30,
        weight_grams: 350,
      },
      {
        title: "Túi xách lớn",
        title_en: "Large tote",
        sku: "TUITC-MAI-02",
        price: 560000,
        stock: 12,
        weight_grams: 550,
      },
    ],
    origin: {
      commune_code: "05200",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Vải được dệt trên khung cửi gỗ đặt dưới gầm nhà sàn. Mỗi mét thổ cẩm hoa văn dày mất hai đến ba ngày dệt.",
      story_en:
        "The cloth is woven on wooden looms under the stilt houses. Each metre of densely patterned brocade takes two to three days.",
      producer_name: "Chị Hoa, tổ trưởng tổ dệt",
      producer_quote_vi:
        "Khách mua túi là mua cả mấy ngày ngồi khung cửi của chị em.",
      producer_quote_en:
        "When you buy a bag, you buy the days we spent at the loom.",
      certifications: ["ocop-tui-tho-cam"],
    },
    illustration: {
      motif: "weave",
      palette: ["#F7EEE4", "#B23A48", "#1F3A5F"],
      label: "Túi thổ cẩm",
    },
  },
  {
    handle: "khan-choang-tho-cam-mai-chau",
    cooperative: "htx-det-mai-chau",
    category: "thu-cong",
    title: "Khăn choàng thổ cẩm Mai Châu",
    title_en: "Mai Châu brocade shawl",
    subtitle: "Sợi bông dệt tay, nhuộm lá rừng",
    subtitle_en: "Hand-woven cotton, forest-dyed",
    description:
      "Khăn choàng sợi bông dệt thưa, mềm, nhuộm chàm và vỏ cây rừng, hai đầu có tua. Khổ 50 × 180 cm. Giặt tay bằng nước lạnh, không vắt mạnh.",
    description_en:
      "A soft, loosely woven cotton shawl dyed with indigo and forest bark, fringed at both ends. 50 × 180 cm. Hand wash in cold water; do not wring hard.",
    length_cm: 28,
    width_cm: 20,
    height_cm: 4,
    variants: [
      {
        title: "Khổ 50 × 180 cm",
        title_en: "50 × 180 cm",
        sku: "KHANTC-MAI-01",
        price: 290000,
        stock: 25,
        weight_grams: 250,
      },
    ],
    origin: {
      commune_code: "05245",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Các chị ở Bao La vẫn tự nhuộm sợi bằng lá chàm trồng trong vườn và vỏ cây lấy trong rừng. Màu nhuộm tự nhiên nên mỗi mẻ đậm nhạt khác nhau một chút.",
      story_en:
        "Women in Bao La still dye their yarn with indigo from their gardens and bark from the forest. Natural dyes vary a little from batch to batch.",
      producer_name: "Chị Ngần, thợ nhuộm",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#EDEFF4", "#2C3E70", "#C0793A"],
      label: "Khăn choàng",
    },
  },
  {
    handle: "ca-suoi-gac-bep-mai-chau",
    cooperative: "htx-det-mai-chau",
    category: "thit-gac-bep",
    title: "Cá suối nướng gác bếp Mai Châu",
    title_en: "Mai Châu smoked stream fish",
    subtitle: "Cá suối nhỏ kẹp tre, hun khói củi",
    subtitle_en: "Small stream fish clamped in bamboo, wood-smoked",
    description:
      "Cá suối nhỏ làm sạch, ướp muối và mắc khén, kẹp que tre rồi hun trên gác bếp đến khi khô vàng. Nướng lại hoặc rán giòn. Hút chân không, bảo quản ngăn mát 2 tháng.",
    description_en:
      "Small stream fish, cleaned, salted and seasoned with mắc khén, clamped between bamboo sticks and smoked above the hearth until golden and dry. Re-grill or fry crisp. Vacuum-packed; keeps 2 months refrigerated.",
    length_cm: 26,
    width_cm: 16,
    height_cm: 4,
    variants: [
      {
        title: "Túi 300 g",
        title_en: "300 g pack",
        sku: "CASUOI-MAI-300",
        price: 160000,
        stock: 40,
        weight_grams: 350,
      },
    ],
    origin: {
      commune_code: "05245",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Cá được các hộ ở Bao La đánh bằng lưới và đơm đó trên suối. Những tháng nước lớn, hợp tác xã ngừng nhận cá để suối hồi lại.",
      story_en:
        "Households in Bao La catch the fish with nets and bamboo traps in the stream. In high-water months the cooperative stops buying so the stream can recover.",
      producer_name: "Anh Toản, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "meat",
      palette: ["#F3EBDD", "#8A5A2B", "#3E5A3A"],
      label: "Cá suối gác bếp",
    },
  },

  // ── HTX Hạt Ngọc Mường Thanh (Điện Biên) ─────────────────────────────────
  {
    handle: "gao-seng-cu-dien-bien",
    cooperative: "htx-hat-ngoc-muong-thanh",
    category: "gao-mien",
    title: "Gạo Séng Cù Điện Biên",
    title_en: "Điện Biên Séng Cù rice",
    subtitle: "Hạt dài, cơm dẻo, cánh đồng Mường Thanh",
    subtitle_en: "Long grain, soft-cooking, from the Mường Thanh plain",
    description:
      "Gạo Séng Cù hạt dài, hơi đục, nấu cơm dẻo, mềm, để nguội không cứng. Đong nước ít hơn gạo thường một chút. Gạo xay mới, đóng túi hút chân không.",
    description_en:
      "Long, slightly opaque Séng Cù grains that cook soft and tender and stay so when cool. Use a little less water than for ordinary rice. Freshly milled and vacuum-packed.",
    length_cm: 35,
    width_cm: 25,
    height_cm: 8,
    variants: [
      {
        title: "Túi 5 kg",
        title_en: "5 kg bag",
        sku: "GAO-DB-SC-5K",
        price: 165000,
        stock: 200,
        weight_grams: 5100,
      },
      {
        title: "Bao 10 kg",
        title_en: "10 kg sack",
        sku: "GAO-DB-SC-10K",
        price: 320000,
        stock: 80,
        weight_grams: 10200,
      },
    ],
    origin: {
      commune_code: "03328",
      ethnic_group: "thai",
      harvest_months: [5, 6, 9, 10],
      story_vi:
        "Ruộng Séng Cù của hợp tác xã nằm giữa cánh đồng Mường Thanh, được tưới bằng hệ thống mương lấy nước sông Nậm Rốm. Thóc được sấy bằng máy ngay sau gặt để hạt không bị ẩm mốc.",
      story_en:
        "The cooperative's Séng Cù fields lie in the middle of the Mường Thanh plain, irrigated by channels from the Nậm Rốm river. The paddy is machine-dried right after harvest so it cannot turn musty.",
      producer_name: "Anh Ngoan, tổ trưởng tổ sản xuất",
      producer_quote_vi:
        "Séng Cù cấy ở Mường Thanh thì hạt mới dài và dẻo thế này.",
      producer_quote_en:
        "It takes Mường Thanh soil to give Séng Cù grains this long and soft.",
      certifications: ["ocop-gao-seng-cu", "vietgap-lua"],
    },
    illustration: {
      motif: "rice",
      palette: ["#F5F0DC", "#A6802D", "#4C6B2F"],
      label: "Gạo Séng Cù",
    },
  },
  {
    handle: "gao-tam-thom-dien-bien",
    cooperative: "htx-hat-ngoc-muong-thanh",
    category: "gao-mien",
    title: "Gạo tám thơm Điện Biên",
    title_en: "Điện Biên tám fragrant rice",
    subtitle: "Hạt nhỏ, thơm, cơm mềm",
    subtitle_en: "Small grains, fragrant, soft-cooking",
    description:
      "Gạo tám hạt nhỏ, dài, trong, nấu lên thơm và mềm. Hợp ăn hằng ngày với món kho, món xào. Túi 5 kg hút chân không.",
    description_en:
      "Small, slender, translucent tám grains that cook fragrant and soft. Good every day with braised and stir-fried dishes. 5 kg vacuum bag.",
    length_cm: 35,
    width_cm: 25,
    height_cm: 8,
    variants: [
      {
        title: "Túi 5 kg",
        title_en: "5 kg bag",
        sku: "GAO-DB-TT-5K",
        price: 175000,
        stock: 150,
        weight_grams: 5100,
      },
    ],
    origin: {
      commune_code: "03328",
      ethnic_group: "thai",
      harvest_months: [5, 6, 9, 10],
      story_vi:
        "Gạo tám được cấy trên những thửa ruộng gần nguồn nước nhất của cánh đồng. Mỗi vụ, các hộ ghi chép việc bón phân, phun thuốc theo hướng dẫn VietGAP.",
      story_en:
        "Tám rice is planted on the fields nearest the water source. Each season households log fertiliser and spraying following VietGAP guidance.",
      certifications: ["vietgap-lua"],
    },
    illustration: {
      motif: "rice",
      palette: ["#F7F2E1", "#B8943A", "#4C6B2F"],
      label: "Gạo tám thơm",
    },
  },
  {
    handle: "gao-nep-cam-dien-bien",
    cooperative: "htx-hat-ngoc-muong-thanh",
    category: "gao-mien",
    title: "Gạo nếp cẩm Điện Biên",
    title_en: "Điện Biên purple sticky rice",
    subtitle: "Nếp tím than, để đồ xôi và làm rượu nếp",
    subtitle_en: "Deep purple sticky rice for xôi and fermented rice",
    description:
      "Hạt nếp cẩm còn nguyên lớp cám tím. Đồ xôi, nấu chè, làm sữa chua nếp cẩm. Ngâm qua đêm trước khi nấu.",
    description_en:
      "Purple sticky rice with its bran intact. Steam it as xôi, cook it into sweet soup, or stir it into yoghurt. Soak overnight before cooking.",
    length_cm: 30,
    width_cm: 20,
    height_cm: 6,
    variants: [
      {
        title: "Túi 2 kg",
        title_en: "2 kg bag",
        sku: "NEPCAM-DB-2K",
        price: 110000,
        stock: 90,
        weight_grams: 2080,
      },
    ],
    origin: {
      commune_code: "03325",
      ethnic_group: "thai",
      harvest_months: [9, 10],
      story_vi:
        "Nếp cẩm được người Thái ở Mường Phăng cấy một vụ trên những thửa ruộng ven đồi. Gạo chỉ xát dối để giữ màu tím.",
      story_en:
        "Thái families in Mường Phăng grow purple sticky rice as a single crop on hillside paddies. It is only lightly milled to keep the purple colour.",
      producer_name: "Chị Khiêm, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "rice",
      palette: ["#F1EAF2", "#4B1E4F", "#8A6A2E"],
      label: "Nếp cẩm",
    },
  },
  {
    handle: "mang-nua-kho-dien-bien",
    cooperative: "htx-hat-ngoc-muong-thanh",
    category: "kho-say",
    title: "Măng nứa khô Điện Biên",
    title_en: "Điện Biên dried bamboo shoots",
    subtitle: "Măng rừng luộc chín, phơi nắng",
    subtitle_en: "Forest shoots, boiled and sun-dried",
    description:
      "Măng nứa rừng bóc bẹ, luộc chín rồi phơi khô, không xông lưu huỳnh. Ngâm nước vo gạo một đêm, luộc lại hai lần trước khi nấu canh, hầm xương hoặc xào.",
    description_en:
      "Wild bamboo shoots, peeled, boiled and sun-dried, without sulphur fumigation. Soak overnight in rice-rinsing water and boil twice before using in soups, bone broths or stir-fries.",
    length_cm: 28,
    width_cm: 20,
    height_cm: 8,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "MANGKHO-DB-500",
        price: 130000,
        stock: 85,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "03325",
      ethnic_group: "thai",
      harvest_months: [6, 7, 8, 9],
      story_vi:
        "Măng nứa mọc vào mùa mưa trên các sườn đồi quanh Mường Phăng. Người đi lấy măng chỉ bẻ những mầm đủ lớn và chừa lại cho tre tái sinh.",
      story_en:
        "Bamboo shoots come up in the rainy season on the slopes around Mường Phăng. Gatherers take only shoots big enough and leave enough for the grove to regrow.",
      producer_name: "Anh Lả, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "leaf",
      palette: ["#F4EDDC", "#9B7A3C", "#4A6B2F"],
      label: "Măng khô",
    },
  },
  {
    handle: "thit-bo-gac-bep-dien-bien",
    cooperative: "htx-hat-ngoc-muong-thanh",
    category: "thit-gac-bep",
    title: "Thịt bò gác bếp Điện Biên",
    title_en: "Điện Biên kitchen-smoked beef",
    subtitle: "Bò vàng thả đồi, tẩm mắc khén",
    subtitle_en: "Hill-grazed yellow cattle, rubbed with mắc khén",
    description:
      "Thịt bò bắp và thăn tẩm mắc khén, ớt, gừng, hun khói trên gác bếp. Hấp 10 phút, xé sợi, chấm chẩm chéo. Hút chân không, bảo quản ngăn mát 3 tháng.",
    description_en:
      "Beef shin and loin rubbed with mắc khén, chilli and ginger and smoked above the hearth. Steam for 10 minutes, tear into strips and dip in chẩm chéo. Vacuum-packed; keeps 3 months refrigerated.",
    length_cm: 24,
    width_cm: 16,
    height_cm: 4,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g pack",
        sku: "BOGB-DB-500",
        price: 470000,
        stock: 35,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "03328",
      ethnic_group: "thai",
      harvest_months: ALL_YEAR,
      story_vi:
        "Bò vàng được các hộ chăn thả trên đồi quanh cánh đồng sau vụ gặt. Thịt được làm trong bếp chung, hun khói bằng củi nghiến mua của các hộ có rừng trồng.",
      story_en:
        "Households graze their yellow cattle on the hills around the plain after harvest. The meat is prepared in a shared kitchen and smoked over ironwood bought from families with planted woodlots.",
      producer_name: "Anh Sơn, tổ gác bếp",
      producer_quote_vi: "Bò thả đồi thịt săn, gác bếp xong vẫn còn ngọt.",
      producer_quote_en:
        "Hill-grazed beef is firm, and it stays sweet after smoking.",
      certifications: [],
    },
    illustration: {
      motif: "meat",
      palette: ["#F1E4D8", "#6E2A1F", "#2E2A26"],
      label: "Bò gác bếp",
    },
  },

  // ── HTX Hồi Xanh Văn Quan (Lạng Sơn) ─────────────────────────────────────
  {
    handle: "hoa-hoi-kho-van-quan",
    cooperative: "htx-hoi-xanh-van-quan",
    category: "mat-ong-thao-moc",
    title: "Hoa hồi khô Văn Quan",
    title_en: "Văn Quan dried star anise",
    subtitle: "Hồi vụ mùa, cánh to, tám cánh đều",
    subtitle_en: "Main-crop anise, large, even eight-pointed stars",
    description:
      "Quả hồi phơi khô, cánh nâu đỏ, hạt bóng, mùi thơm ngọt ấm. Dùng nấu phở, kho thịt, làm ngũ vị hương. Bảo quản kín nơi khô, dùng trong 18 tháng.",
    description_en:
      "Dried star anise with red-brown points and glossy seeds, sweet and warm in scent. For phở, braised pork and five-spice. Keep sealed and dry; use within 18 months.",
    length_cm: 20,
    width_cm: 14,
    height_cm: 6,
    variants: [
      {
        title: "Túi 200 g",
        title_en: "200 g bag",
        sku: "HOI-VQ-200",
        price: 55000,
        stock: 180,
        weight_grams: 240,
      },
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "HOI-VQ-500",
        price: 125000,
        stock: 90,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "06253",
      ethnic_group: "tay",
      harvest_months: [2, 3, 8, 9, 10],
      story_vi:
        "Cây hồi phải trồng 5–7 năm mới cho quả, và có thể cho thu hoạch hàng chục năm. Người hái trèo lên cây, rung nhẹ cành rồi nhặt quả dưới tấm bạt trải sẵn.",
      story_en:
        "A star anise tree fruits only after 5–7 years, then bears for decades. Pickers climb the tree, shake the branches gently and gather the fruit from tarpaulins spread below.",
      producer_name: "Anh Tuấn, tổ trưởng tổ phơi sấy",
      producer_quote_vi: "Phơi nắng thì hồi màu đỏ đẹp, sấy vội thì hồi thâm.",
      producer_quote_en:
        "Sun-dried anise turns a fine red; rushed in the dryer, it goes dark.",
      certifications: ["ocop-hoa-hoi"],
    },
    illustration: {
      motif: "leaf",
      palette: ["#F3E9DF", "#7B3F20", "#3D5A2A"],
      label: "Hoa hồi",
    },
  },
  {
    handle: "tinh-dau-hoi-van-quan",
    cooperative: "htx-hoi-xanh-van-quan",
    category: "mat-ong-thao-moc",
    title: "Tinh dầu hồi Văn Quan",
    title_en: "Văn Quan star anise essential oil",
    subtitle: "Chưng cất hơi nước từ quả hồi",
    subtitle_en: "Steam-distilled from star anise fruit",
    description:
      "Tinh dầu hồi nguyên chất, chưng cất từ quả hồi tươi. Nhỏ vài giọt vào máy khuếch tán hoặc pha loãng với dầu nền trước khi xoa. Không uống; để xa tầm tay trẻ em. Tinh dầu có thể đông đặc khi lạnh.",
    description_en:
      "Pure star anise oil, steam-distilled from fresh fruit. Add a few drops to a diffuser or dilute in a carrier oil before applying. Do not swallow; keep away from children. It may solidify in the cold.",
    length_cm: 8,
    width_cm: 5,
    height_cm: 11,
    variants: [
      {
        title: "Chai 10 ml",
        title_en: "10 ml bottle",
        sku: "TDHOI-VQ-10",
        price: 60000,
        stock: 150,
        weight_grams: 60,
      },
      {
        title: "Chai 50 ml",
        title_en: "50 ml bottle",
        sku: "TDHOI-VQ-50",
        price: 220000,
        stock: 60,
        weight_grams: 150,
      },
    ],
    origin: {
      commune_code: "06253",
      ethnic_group: "nung",
      harvest_months: [8, 9, 10],
      story_vi:
        "Khoảng 30–40 kg quả hồi tươi mới cất được 1 lít tinh dầu. Nồi cất đốt bằng bã hồi đã phơi khô từ mẻ trước.",
      story_en:
        "It takes roughly 30–40 kg of fresh fruit to distil one litre of oil. The still is fired with dried spent fruit from the previous batch.",
      producer_name: "Anh Vằn, thợ chưng cất",
      certifications: ["ocop-tinh-dau-hoi"],
    },
    illustration: {
      motif: "jar",
      palette: ["#F6EFE6", "#8B4A24", "#3D5A2A"],
      label: "Tinh dầu hồi",
    },
  },
  {
    handle: "nam-huong-rung-van-quan",
    cooperative: "htx-hoi-xanh-van-quan",
    category: "kho-say",
    title: "Nấm hương rừng Lạng Sơn",
    title_en: "Lạng Sơn forest shiitake",
    subtitle: "Nấm mọc tự nhiên trên gỗ mục, sấy than",
    subtitle_en: "Wild on fallen logs, charcoal-dried",
    description:
      "Nấm hương rừng mũ nhỏ, dày, vân nứt, thơm đậm hơn nấm trồng. Ngâm nước ấm 30 phút, giữ lại nước ngâm để nấu. Bảo quản kín, nơi khô.",
    description_en:
      "Small, thick-capped, crackle-topped wild shiitake with a stronger aroma than farmed ones. Soak in warm water for 30 minutes and keep the soaking water for cooking. Store sealed and dry.",
    length_cm: 22,
    width_cm: 16,
    height_cm: 8,
    variants: [
      {
        title: "Túi 200 g",
        title_en: "200 g bag",
        sku: "NAMHUONG-VQ-200",
        price: 130000,
        stock: 60,
        weight_grams: 250,
      },
    ],
    origin: {
      commune_code: "06112",
      ethnic_group: "tay",
      harvest_months: [12, 1, 2, 3],
      story_vi:
        "Nấm hương mọc trên những cây gỗ đổ trong rừng vào các tháng lạnh và ẩm. Người Tày ở Bình Gia hái về, sấy trên bếp than nhỏ lửa.",
      story_en:
        "Shiitake appear on fallen trees in the forest during the cold, damp months. Tày families in Bình Gia gather them and dry them over a low charcoal fire.",
      producer_name: "Chị Thuận, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "mushroom",
      palette: ["#F2EAE0", "#5C3A24", "#6B8E4E"],
      label: "Nấm hương rừng",
    },
  },

  // ── HTX Hạt dẻ Non Nước Trùng Khánh (Cao Bằng) ───────────────────────────
  {
    handle: "hat-de-trung-khanh",
    cooperative: "htx-hat-de-trung-khanh",
    category: "trai-cay-tuoi",
    title: "Hạt dẻ Trùng Khánh",
    title_en: "Trùng Khánh chestnuts",
    subtitle: "Hạt nhỏ, vỏ mỏng, bùi thơm",
    subtitle_en: "Small, thin-shelled, rich and fragrant",
    description:
      "Hạt dẻ vụ mới, đã tách khỏi vỏ gai, phân loại cỡ. Rang với cát, luộc, hoặc hầm gà. Để nơi thoáng mát, dùng trong 3 tuần; để ngăn mát được lâu hơn.",
    description_en:
      "New-season chestnuts, out of their burrs and graded by size. Roast in sand, boil, or braise with chicken. Keep somewhere cool and airy and use within 3 weeks, or longer in the fridge.",
    length_cm: 22,
    width_cm: 15,
    height_cm: 8,
    variants: [
      {
        title: "Túi 1 kg",
        title_en: "1 kg bag",
        sku: "HATDE-TK-1K",
        price: 150000,
        stock: 120,
        weight_grams: 1080,
      },
      {
        title: "Túi 2 kg",
        title_en: "2 kg bag",
        sku: "HATDE-TK-2K",
        price: 290000,
        stock: 50,
        weight_grams: 2120,
      },
    ],
    origin: {
      commune_code: "01477",
      ethnic_group: "tay",
      harvest_months: [9, 10],
      story_vi:
        "Hạt dẻ được nhặt khi quả gai tự nứt và rơi xuống gốc. Các hộ nhặt mỗi sáng sớm, trước khi sóc và chuột kịp tha đi.",
      story_en:
        "Chestnuts are gathered once the spiny burrs split and drop. Families collect them early every morning, before squirrels and rats carry them off.",
      producer_name: "Chị Slao, hộ thành viên",
      producer_quote_vi:
        "Dẻ Trùng Khánh bé hạt nhưng bùi, ai ăn một lần là nhớ.",
      producer_quote_en:
        "Trùng Khánh chestnuts are small but rich; taste them once and you remember.",
      certifications: ["ocop-hat-de"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#F1E6D6", "#6E3B1F", "#4F6F3A"],
      label: "Hạt dẻ",
    },
  },
  {
    handle: "lap-suon-hun-khoi-trung-khanh",
    cooperative: "htx-hat-de-trung-khanh",
    category: "thit-gac-bep",
    title: "Lạp sườn hun khói Cao Bằng",
    title_en: "Cao Bằng smoked sausages",
    subtitle: "Làm trong mùa lạnh, hun khói củi",
    subtitle_en: "Made in the cold months, wood-smoked",
    description:
      "Lạp sườn nhồi thịt lợn thái hạt lựu, ướp rượu, xì dầu, đường, hong gió rồi hun khói củi. Chiên nhỏ lửa hoặc hấp cơm. Bảo quản ngăn mát 2 tháng.",
    description_en:
      "Sausages of diced pork seasoned with rice spirit, soy sauce and sugar, air-dried and then wood-smoked. Fry gently or steam on rice. Keeps 2 months refrigerated.",
    length_cm: 24,
    width_cm: 16,
    height_cm: 4,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g pack",
        sku: "LAPSUON-TK-500",
        price: 200000,
        stock: 65,
        weight_grams: 550,
      },
    ],
    origin: {
      commune_code: "01477",
      ethnic_group: "tay",
      harvest_months: [10, 11, 12, 1, 2],
      story_vi:
        "Lạp sườn chỉ làm từ tháng 10 đến tháng 2, khi gió bấc khô giúp lạp sườn khô đều mà không chua. Cả xóm thường làm chung vào dịp cuối năm.",
      story_en:
        "The sausages are made only from October to February, when the dry northern wind dries them evenly without souring. The whole hamlet often makes them together at year's end.",
      producer_name: "Anh Slằng, tổ chế biến",
      certifications: [],
    },
    illustration: {
      motif: "meat",
      palette: ["#F6E8DC", "#9E2F25", "#4A3A2A"],
      label: "Lạp sườn",
    },
  },
  {
    handle: "gio-tre-dan-trung-khanh",
    cooperative: "htx-hat-de-trung-khanh",
    category: "thu-cong",
    title: "Giỏ tre đan tay Trùng Khánh",
    title_en: "Trùng Khánh hand-woven bamboo baskets",
    subtitle: "Giỏ có nắp, đan nan tre hun khói",
    subtitle_en: "Lidded baskets of smoke-cured bamboo strips",
    description:
      "Giỏ đan từ nan tre đã hun khói trên gác bếp nên chống mọt, màu nâu tự nhiên. Cỡ vừa 25 × 25 × 20 cm; bộ ba cỡ lồng vào nhau. Dùng đựng đồ khô, đồ len, đồ chơi.",
    description_en:
      "Baskets woven from bamboo strips cured in kitchen smoke, which keeps insects out and gives a natural brown. Medium 25 × 25 × 20 cm; the set of three nests together. For dry goods, yarn or toys.",
    length_cm: 28,
    width_cm: 28,
    height_cm: 24,
    variants: [
      {
        title: "Cỡ vừa",
        title_en: "Medium",
        sku: "GIOTRE-TK-M",
        price: 160000,
        stock: 35,
        weight_grams: 400,
      },
      {
        title: "Bộ 3 giỏ",
        title_en: "Set of 3",
        sku: "GIOTRE-TK-SET3",
        price: 380000,
        stock: 12,
        weight_grams: 1200,
      },
    ],
    origin: {
      commune_code: "01477",
      ethnic_group: "nung",
      harvest_months: ALL_YEAR,
      story_vi:
        "Tre được chặt vào mùa đông, khi cây ít nhựa, chẻ nan rồi gác bếp vài tháng. Việc đan làm lúc nông nhàn, chủ yếu do người cao tuổi trong xóm.",
      story_en:
        "The bamboo is cut in winter when the sap is low, split into strips and kept above the hearth for a few months. Weaving fills the slack farm seasons, mostly by the hamlet's older people.",
      producer_name: "Ông Pảo, thợ đan",
      producer_quote_vi:
        "Nan tre gác bếp đủ lâu thì giỏ dùng được cả chục năm.",
      producer_quote_en:
        "Cure the strips long enough over the fire and a basket lasts ten years.",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#F3EADB", "#8A6238", "#3E5A2E"],
      label: "Giỏ tre đan",
    },
  },

  // ── HTX Rẫy Xanh Đak Đoa (Gia Lai) ───────────────────────────────────────
  {
    handle: "gao-lua-ray-ba-na",
    cooperative: "htx-ray-xanh-dak-doa",
    category: "gao-mien",
    title: "Gạo lúa rẫy Ba Na",
    title_en: "Bahnar upland rice",
    subtitle: "Lúa rẫy một vụ, giã hoặc xay nhẹ",
    subtitle_en: "One upland crop a year, lightly milled",
    description:
      "Gạo lúa rẫy hạt to, còn lớp cám hồng, cơm mềm, thơm mùi rẫy mới. Vo nhẹ, ngâm 30 phút, nấu với nhiều nước hơn gạo trắng.",
    description_en:
      "Large upland grains that keep a pink bran layer, cooking soft with the smell of a new harvest. Rinse gently, soak for 30 minutes and cook with more water than white rice.",
    length_cm: 30,
    width_cm: 20,
    height_cm: 6,
    variants: [
      {
        title: "Túi 2 kg",
        title_en: "2 kg bag",
        sku: "LUARAY-DD-2K",
        price: 95000,
        stock: 110,
        weight_grams: 2080,
      },
    ],
    origin: {
      commune_code: "23701",
      ethnic_group: "ba-na",
      harvest_months: [10, 11],
      story_vi:
        "Người Ba Na ở Kon Gang tra hạt lúa rẫy vào đầu mùa mưa và gặt bằng tay vào cuối năm. Sau vụ gặt, làng làm lễ mừng lúa mới trước khi bán phần dư.",
      story_en:
        "Bahnar families in Kon Gang sow their upland rice at the start of the rains and cut it by hand towards the end of the year. After harvest the village celebrates the new rice before selling the surplus.",
      producer_name: "Chị H'Nhiên, hộ thành viên",
      producer_quote_vi: "Lúa rẫy để nhà ăn trước, còn dư mới đem bán.",
      producer_quote_en:
        "Upland rice feeds the family first; only the surplus gets sold.",
      certifications: [],
    },
    illustration: {
      motif: "rice",
      palette: ["#F4EBDD", "#A4553A", "#4E6B35"],
      label: "Lúa rẫy Ba Na",
    },
  },
  {
    handle: "bo-sap-dak-doa",
    cooperative: "htx-ray-xanh-dak-doa",
    category: "trai-cay-tuoi",
    title: "Bơ sáp Đak Đoa",
    title_en: "Đak Đoa butter avocados",
    subtitle: "Bơ trồng xen cà phê trên đất đỏ",
    subtitle_en: "Grown among coffee on red basalt soil",
    description:
      "Bơ sáp hái già, để 3–5 ngày ở nhiệt độ phòng là chín mềm. Thịt vàng, béo, không xơ. Hết vụ; đặt trước cho vụ sau.",
    description_en:
      "Butter avocados picked mature; they soften in 3–5 days at room temperature. Yellow, rich, fibre-free flesh. Out of season; pre-order for next year.",
    length_cm: 30,
    width_cm: 20,
    height_cm: 15,
    variants: [
      {
        title: "Thùng 3 kg",
        title_en: "3 kg box",
        sku: "BO-DD-3K",
        price: 140000,
        stock: 0,
        weight_grams: 3400,
      },
    ],
    origin: {
      commune_code: "23677",
      ethnic_group: "ba-na",
      harvest_months: [6, 7, 8, 9],
      story_vi:
        "Cây bơ được trồng làm cây che bóng trong vườn cà phê, rồi thành nguồn thu thứ hai của các hộ. Vườn được ghi chép theo VietGAP.",
      story_en:
        "The avocado trees were planted to shade the coffee and have become households' second income. The orchards keep VietGAP records.",
      producer_name: "Anh Bleo, chủ vườn",
      certifications: ["vietgap-bo"],
    },
    illustration: {
      motif: "fruit",
      palette: ["#EEF3E2", "#3F6B2A", "#C9A227"],
      label: "Bơ sáp",
    },
  },
  {
    handle: "mat-ong-hoa-ca-phe-dak-doa",
    cooperative: "htx-ray-xanh-dak-doa",
    category: "mat-ong-thao-moc",
    title: "Mật ong hoa cà phê Đak Đoa",
    title_en: "Đak Đoa coffee-blossom honey",
    subtitle: "Vụ mật mùa khô khi cà phê nở trắng",
    subtitle_en: "Dry-season honey, when the coffee blooms white",
    description:
      "Mật ong lấy trong mùa hoa cà phê, màu hổ phách sẫm, mùi thơm nồng, hậu hơi đắng nhẹ. Có thể kết tinh khi trời lạnh. Không pha đường.",
    description_en:
      "Honey from the coffee-blossom season: dark amber, strongly aromatic, with a faintly bitter finish. May crystallise in cold weather. No added sugar.",
    length_cm: 8,
    width_cm: 8,
    height_cm: 22,
    variants: [
      {
        title: "Chai 500 ml",
        title_en: "500 ml bottle",
        sku: "MATONG-DD-500",
        price: 250000,
        stock: 100,
        weight_grams: 850,
      },
      {
        title: "Chai 1 lít",
        title_en: "1 litre bottle",
        sku: "MATONG-DD-1000",
        price: 480000,
        stock: 40,
        weight_grams: 1600,
      },
    ],
    origin: {
      commune_code: "23677",
      ethnic_group: "ba-na",
      harvest_months: [2, 3, 4],
      story_vi:
        "Hoa cà phê nở sau đợt tưới đầu mùa khô, cả đồi trắng và thơm trong vài ngày. Các hộ thoả thuận với nhau không phun thuốc trong những tuần đặt ong.",
      story_en:
        "Coffee flowers open after the first dry-season watering, and whole hillsides turn white and fragrant for a few days. Households agree not to spray in the weeks the hives are out.",
      producer_name: "Anh Đinh, tổ trưởng tổ ong",
      producer_quote_vi:
        "Có ong thì cà phê đậu quả nhiều hơn, nhà nào cũng muốn đặt thùng.",
      producer_quote_en:
        "With bees around, the coffee sets more cherries, so everyone wants hives.",
      certifications: ["ocop-mat-ong-ca-phe"],
    },
    illustration: {
      motif: "bee",
      palette: ["#FBF1E0", "#8E5A1E", "#F4F1EA"],
      label: "Mật ong hoa cà phê",
    },
  },
  {
    handle: "ho-tieu-den-dak-doa",
    cooperative: "htx-ray-xanh-dak-doa",
    category: "mat-ong-thao-moc",
    title: "Hồ tiêu đen Đak Đoa",
    title_en: "Đak Đoa black pepper",
    subtitle: "Tiêu hạt chắc, phơi nắng trên sân",
    subtitle_en: "Dense peppercorns, sun-dried on the yard",
    description:
      "Hạt tiêu đen phơi khô, hạt chắc, cay nồng, thơm. Xay ngay trước khi dùng để giữ mùi. Bảo quản kín, dùng trong 18 tháng.",
    description_en:
      "Sun-dried black peppercorns: dense, pungent and aromatic. Grind just before use to keep the aroma. Keep sealed; use within 18 months.",
    length_cm: 18,
    width_cm: 12,
    height_cm: 5,
    variants: [
      {
        title: "Túi 250 g",
        title_en: "250 g bag",
        sku: "TIEU-DD-250",
        price: 65000,
        stock: 160,
        weight_grams: 290,
      },
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "TIEU-DD-500",
        price: 120000,
        stock: 70,
        weight_grams: 550,
      },
    ],
    origin: {
      commune_code: "23710",
      ethnic_group: "ba-na",
      harvest_months: [1, 2, 3, 4],
      story_vi:
        "Tiêu được hái cả chùm khi có vài hạt chín đỏ, tuốt hạt rồi phơi trên sân xi măng khoảng bốn ngày nắng. Các hộ ở Ia Băng trồng tiêu trên cọc gỗ sống.",
      story_en:
        "Pepper is picked by the cluster once a few berries turn red, stripped and dried for about four sunny days on a concrete yard. Families in Ia Băng train their vines up living tree posts.",
      producer_name: "Anh Hyun, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "leaf",
      palette: ["#EFEAE2", "#2E2A26", "#4F7A3A"],
      label: "Hồ tiêu",
    },
  },
  {
    handle: "mang-le-kho-dak-doa",
    cooperative: "htx-ray-xanh-dak-doa",
    category: "kho-say",
    title: "Măng le khô Đak Đoa",
    title_en: "Đak Đoa dried wild bamboo shoots",
    subtitle: "Măng rừng người Ba Na phơi trên giàn",
    subtitle_en: "Forest shoots dried on Bahnar racks",
    description:
      "Măng le luộc chín, chẻ nhỏ và phơi khô trên giàn tre. Ngâm nước ấm nửa ngày, luộc lại rồi nấu canh, xào tỏi hoặc hầm. Bảo quản nơi khô.",
    description_en:
      "Wild le bamboo shoots, boiled, split and dried on bamboo racks. Soak in warm water for half a day, boil again, then use in soups, garlic stir-fries or braises. Keep dry.",
    length_cm: 28,
    width_cm: 20,
    height_cm: 8,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: "MANGLE-DD-500",
        price: 110000,
        stock: 50,
        weight_grams: 560,
      },
    ],
    origin: {
      commune_code: "23701",
      ethnic_group: "ba-na",
      harvest_months: [6, 7, 8, 9],
      story_vi:
        "Mùa mưa, phụ nữ Ba Na đeo gùi vào rừng le lấy măng từ sáng sớm. Măng được luộc ngay trong ngày để khỏi đắng.",
      story_en:
        "In the rainy season Bahnar women carry their baskets into the le bamboo forest at dawn. The shoots are boiled the same day so they don't turn bitter.",
      producer_name: "Chị Y Lin, hộ thành viên",
      certifications: [],
    },
    illustration: {
      motif: "leaf",
      palette: ["#F2EDE0", "#8C7040", "#3F6B35"],
      label: "Măng le khô",
    },
  },
  {
    handle: "gui-may-ba-na",
    cooperative: "htx-ray-xanh-dak-doa",
    category: "thu-cong",
    title: "Gùi mây tre Ba Na",
    title_en: "Bahnar rattan and bamboo back basket",
    subtitle: "Gùi đan tay của người già trong làng",
    subtitle_en: "Hand-woven by the village elders",
    description:
      "Gùi đan từ nan tre và mây, quai vải, đáy gỗ. Cỡ nhỏ (cao 40 cm) để trang trí hoặc đựng đồ; gùi đi rẫy (cao 65 cm) dùng được thật. Có thể hơi khác mẫu vì làm tay.",
    description_en:
      "A back basket woven from bamboo and rattan with cloth straps and a wooden base. The small one (40 cm tall) is for decoration or storage; the field basket (65 cm) is the working size. Each is handmade, so shapes vary a little.",
    length_cm: 35,
    width_cm: 35,
    height_cm: 45,
    variants: [
      {
        title: "Cỡ nhỏ",
        title_en: "Small",
        sku: "GUI-DD-S",
        price: 280000,
        stock: 15,
        weight_grams: 700,
      },
      {
        title: "Gùi đi rẫy",
        title_en: "Field basket",
        sku: "GUI-DD-L",
        price: 520000,
        stock: 8,
        weight_grams: 1400,
      },
    ],
    origin: {
      commune_code: "23677",
      ethnic_group: "ba-na",
      harvest_months: ALL_YEAR,
      story_vi:
        "Đan gùi là việc của đàn ông Ba Na, thường làm dưới sàn nhà rông những ngày mưa. Một chiếc gùi đi rẫy mất khoảng một tuần.",
      story_en:
        "Basket weaving is Bahnar men's work, often done beneath the communal house on rainy days. A field basket takes about a week.",
      producer_name: "Ông Blưu, già làng",
      producer_quote_vi:
        "Con trai Ba Na phải biết đan gùi thì mới được coi là lớn.",
      producer_quote_en:
        "A Bahnar boy is not counted a man until he can weave a basket.",
      certifications: [],
    },
    illustration: {
      motif: "weave",
      palette: ["#F1E7D6", "#8A5A2B", "#3A2E22"],
      label: "Gùi Ba Na",
    },
  },
]
