import { moduleIntegrationTestRunner } from "@medusajs/test-utils"

import { COOPERATIVE_MODULE } from ".."
import type CooperativeModuleService from "../service"
import type { CreateCooperativeInput } from "../types"

jest.setTimeout(60 * 1000)

const cooperative = (
  overrides: Partial<CreateCooperativeInput> = {}
): CreateCooperativeInput => ({
  handle: "htx-tao-meo-tram-tau",
  name: "HTX Táo mèo Trạm Tấu",
  registration_number: "5200123456",
  commune_code: "04606",
  province_code: "15",
  ethnic_groups: ["mong"],
  households: { total: 40, poor: 12, near_poor: 9, ethnic_minority: 38 },
  story_vi: "Bà con người Mông hái táo mèo trên sườn núi.",
  story_en: "Hmong families pick táo mèo on the mountain slopes.",
  ...overrides,
})

moduleIntegrationTestRunner<CooperativeModuleService>({
  moduleName: COOPERATIVE_MODULE,
  resolve: "./src/modules/cooperative",
  testSuite: ({ service }) => {
    describe("cooperatives", () => {
      it("creates a pending cooperative and reads it back", async () => {
        const [created] = await service.createCooperatives([cooperative()])
        const found = await service.retrieveCooperative(created!.id)
        expect(found).toMatchObject({
          handle: "htx-tao-meo-tram-tau",
          status: "pending",
          ethnic_groups: ["mong"],
          households: { total: 40, poor: 12 },
          commission_rate: 0.08,
        })
      })

      it("refuses a second cooperative with the same handle", async () => {
        await service.createCooperatives([cooperative()])
        await expect(
          service.createCooperatives([cooperative({ name: "Another" })])
        ).rejects.toThrow(
          'The handle "htx-tao-meo-tram-tau" is already taken by another cooperative; choose another.'
        )
        expect(await service.listCooperatives({})).toHaveLength(1)
      })

      it("refuses a handle change onto another cooperative's handle", async () => {
        const [, second] = await service.createCooperatives([
          cooperative(),
          cooperative({ handle: "htx-mien-dong-con-minh" }),
        ])
        await expect(
          service.updateCooperatives([
            { id: second!.id, handle: "htx-tao-meo-tram-tau" },
          ])
        ).rejects.toThrow("already taken")
        const renamed = await service.updateCooperatives([
          { id: second!.id, handle: "htx-mien-dong-na-ri" },
        ])
        expect(renamed[0]?.handle).toBe("htx-mien-dong-na-ri")
      })

      it.each([
        [{ total: 10, poor: 11, near_poor: 0, ethnic_minority: 0 }, "poor"],
        [
          { total: 10, poor: 0, near_poor: 12, ethnic_minority: 0 },
          "near_poor",
        ],
        [
          { total: 10, poor: 0, near_poor: 0, ethnic_minority: 11 },
          "ethnic_minority",
        ],
        [{ total: 10, poor: 6, near_poor: 5, ethnic_minority: 10 }, "together"],
        [{ total: 2.5, poor: 0, near_poor: 0, ethnic_minority: 0 }, "whole"],
        [{ total: -1, poor: 0, near_poor: 0, ethnic_minority: 0 }, "whole"],
      ])("refuses households %j (%s)", async (households, word) => {
        await expect(
          service.createCooperatives([cooperative({ households })])
        ).rejects.toThrow(word)
        expect(await service.listCooperatives({})).toHaveLength(0)
      })

      it("refuses an ethnic group that is not one of the 54", async () => {
        await expect(
          service.createCooperatives([
            cooperative({ ethnic_groups: ["mong", "klingon"] }),
          ])
        ).rejects.toThrow("is not one of Vietnam's 54 ethnic groups")
      })

      it("refuses a handle that is not a slug", async () => {
        await expect(
          service.createCooperatives([cooperative({ handle: "HTX Táo mèo" })])
        ).rejects.toThrow("is not valid")
      })

      it("refuses an empty or overlong story", async () => {
        await expect(
          service.createCooperatives([cooperative({ story_en: "  " })])
        ).rejects.toThrow("The English story must not be empty.")
        await expect(
          service.createCooperatives([
            cooperative({ story_vi: "a".repeat(5001) }),
          ])
        ).rejects.toThrow("keep it to 5,000")
      })
    })

    describe("members", () => {
      it("keeps one member per e-mail and removes members with their cooperative", async () => {
        const [coop] = await service.createCooperatives([cooperative()])
        const [owner] = await service.createCooperativeMembers([
          {
            cooperative_id: coop!.id,
            email: "chu@htx.example.vn",
            name: "Giàng A Páo",
            role: "owner",
          },
        ])
        expect(owner!.id).toMatch(/^cmem_/)
        await expect(
          service.createCooperativeMembers([
            {
              cooperative_id: coop!.id,
              email: "chu@htx.example.vn",
              name: "Someone else",
              role: "staff",
            },
          ])
        ).rejects.toThrow()
        await service.deleteCooperatives([coop!.id])
        expect(await service.listCooperativeMembers({})).toEqual([])
      })
    })

    describe("invites, documents and settings", () => {
      it("keeps an invitation's token digest unique and removes invitations and documents with their cooperative", async () => {
        const [coop] = await service.createCooperatives([cooperative()])
        const invite = {
          cooperative_id: coop!.id,
          email: "lan@htx.example.vn",
          name: "Lò Thị Lan",
          token_hash: "a".repeat(64),
          expires_at: new Date(Date.now() + 86_400_000),
        }
        const created = await service.createCooperativeInvites(invite)
        expect(created.id).toMatch(/^cinv_/)
        await expect(service.createCooperativeInvites(invite)).rejects.toThrow()

        const bytes = Buffer.from("%PDF-1.4\n%%EOF\n", "latin1")
        const [document] = await service.createCooperativeDocuments([
          {
            cooperative_id: coop!.id,
            filename: "giay-phep.pdf",
            mime_type: "application/pdf",
            size: bytes.length,
            content: bytes.toString("base64"),
          },
        ])
        expect(document!.id).toMatch(/^cdoc_/)
        expect(
          (
            await service.retrieveCooperativeDocumentContent(document!.id)
          ).equals(bytes)
        ).toBe(true)

        await service.deleteCooperatives([coop!.id])
        expect(await service.listCooperativeInvites({})).toEqual([])
        expect(await service.listCooperativeDocuments({})).toEqual([])
      })

      it("reads the marketplace settings as off until a row says otherwise", async () => {
        expect(await service.getMarketplaceSettings()).toEqual({
          id: null,
          listings_need_approval: false,
        })
        const row = await service.createMarketplaceSettings({
          listings_need_approval: true,
        })
        expect(await service.getMarketplaceSettings()).toEqual({
          id: row.id,
          listings_need_approval: true,
        })
      })
    })

    describe("certifications", () => {
      const createCooperative = async () =>
        (await service.createCooperatives([cooperative()]))[0]!

      it("keeps an OCOP certificate rated 3 to 5 stars", async () => {
        const owner = await createCooperative()
        const [certificate] = await service.createCertifications([
          {
            cooperative_id: owner.id,
            type: "OCOP",
            number: "OCOP-LC-2024-0101",
            ocop_stars: 4,
            issued_at: "2024-06-01",
            expires_at: "2027-06-01",
          },
        ])
        expect(certificate).toMatchObject({ ocop_stars: 4, type: "OCOP" })
        expect(certificate!.issued_at.toISOString()).toBe(
          "2024-06-01T00:00:00.000Z"
        )
      })

      it.each([1, 2, 6, null])(
        "refuses an OCOP certificate with %p stars",
        async (stars) => {
          const owner = await createCooperative()
          await expect(
            service.createCertifications([
              {
                cooperative_id: owner.id,
                type: "OCOP",
                number: "OCOP-1",
                ocop_stars: stars,
                issued_at: "2024-06-01",
              },
            ])
          ).rejects.toThrow("rated 3, 4 or 5 stars")
        }
      )

      it("refuses stars on a certificate that is not OCOP", async () => {
        const owner = await createCooperative()
        await expect(
          service.createCertifications([
            {
              cooperative_id: owner.id,
              type: "VietGAP",
              number: "VG-1",
              ocop_stars: 4,
              issued_at: "2024-06-01",
            },
          ])
        ).rejects.toThrow("Only OCOP certificates have stars")
      })

      it("refuses an expiry date on or before the issue date, also on update", async () => {
        const owner = await createCooperative()
        await expect(
          service.createCertifications([
            {
              cooperative_id: owner.id,
              type: "VietGAP",
              number: "VG-1",
              issued_at: "2024-06-01",
              expires_at: "2024-05-31",
            },
          ])
        ).rejects.toThrow("expiry date must come after its issue date")
        const [certificate] = await service.createCertifications([
          {
            cooperative_id: owner.id,
            type: "VietGAP",
            number: "VG-2",
            issued_at: "2024-06-01",
            expires_at: "2026-06-01",
          },
        ])
        await expect(
          service.updateCertifications([
            { id: certificate!.id, expires_at: "2024-01-01" },
          ])
        ).rejects.toThrow("expiry date must come after its issue date")
      })
    })

    describe("product origins", () => {
      it("ties an origin to its cooperative's certificates only", async () => {
        const [mine, theirs] = await service.createCooperatives([
          cooperative(),
          cooperative({ handle: "htx-khac" }),
        ])
        const [ownCertificate, otherCertificate] =
          await service.createCertifications([
            {
              cooperative_id: mine!.id,
              type: "OCOP",
              number: "OCOP-1",
              ocop_stars: 5,
              issued_at: "2025-01-01",
            },
            {
              cooperative_id: theirs!.id,
              type: "VietGAP",
              number: "VG-9",
              issued_at: "2025-01-01",
            },
          ])
        const origin = {
          cooperative_id: mine!.id,
          commune_code: "04606",
          province_code: "15",
          ethnic_group: "mong",
          harvest_months: [8, 9, 10],
          story_vi: "Hái trên núi.",
          story_en: "Picked on the mountain.",
          traceability_code: "CP-15-04606-0001",
        }
        await expect(
          service.createOrigins([
            {
              ...origin,
              certification_ids: [ownCertificate!.id, otherCertificate!.id],
            },
          ])
        ).rejects.toThrow("does not belong to this product's cooperative")

        const [created] = await service.createOrigins([
          { ...origin, certification_ids: [ownCertificate!.id] },
        ])
        const found = await service.retrieveOrigin(created!.id, {
          relations: ["certifications"],
        })
        expect(found.harvest_months).toEqual([8, 9, 10])
        expect(found.certifications.map((c) => c.number)).toEqual(["OCOP-1"])
      })

      it.each([[[0]], [[13]], [[]], [[5, 5]]])(
        "refuses harvest months %j",
        async (months) => {
          const [owner] = await service.createCooperatives([cooperative()])
          await expect(
            service.createOrigins([
              {
                cooperative_id: owner!.id,
                commune_code: "04606",
                province_code: "15",
                ethnic_group: "mong",
                harvest_months: months,
                story_vi: "Hái trên núi.",
                story_en: "Picked on the mountain.",
                traceability_code: "CP-15-04606-0002",
              },
            ])
          ).rejects.toThrow(/harvest month/i)
        }
      )
    })
  },
})
