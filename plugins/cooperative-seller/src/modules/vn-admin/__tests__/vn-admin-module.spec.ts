import { moduleIntegrationTestRunner } from "@medusajs/test-utils"

import { VN_ADMIN_MODULE } from ".."
import type VnAdminModuleService from "../service"

jest.setTimeout(60 * 1000)

// The module as Medusa loads it (module loader, container, real PostgreSQL connection), not a
// hand-made instance: what the store routes resolve.
moduleIntegrationTestRunner<VnAdminModuleService>({
  moduleName: VN_ADMIN_MODULE,
  resolve: "./src/modules/vn-admin",
  testSuite: ({ service }) => {
    it("serves the 2025 provinces and communes once loaded by Medusa", () => {
      expect(service.listProvinces()).toHaveLength(34)
      expect(service.retrieveCommune("04630")).toMatchObject({
        full_name: "Xã Tú Lệ",
        province: { name: "Lào Cai" },
      })
    })

    it("follows Bắc Kạn's old communes into Thái Nguyên", () => {
      const legacy = service.retrieveLegacyCommune("02185")
      expect(
        legacy.communes.every((c) => c.province.name === "Thái Nguyên")
      ).toBe(true)
    })
  },
})
