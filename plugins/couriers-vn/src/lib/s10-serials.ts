/** The part of a knex connection the serials need. */
export type RawSql = { raw: (sql: string) => PromiseLike<unknown> }

/** The PostgreSQL sequence behind VNPost S10 serials (courierShipments' migration creates it). */
export const S10_SERIAL_SEQUENCE = "courier_s10_serial"

/**
 * The next S10 serial from the database sequence, so that numbers survive restarts and two
 * servers never hand out the same one. The sequence is created here too when missing, so the
 * provider works before the courierShipments migration has run.
 */
export const nextS10Serial = async (knex: RawSql): Promise<number> => {
  await knex.raw(
    `create sequence if not exists "${S10_SERIAL_SEQUENCE}" minvalue 1 maxvalue 99999999 start with 1`
  )
  const result = (await knex.raw(
    `select nextval('${S10_SERIAL_SEQUENCE}') as serial`
  )) as { rows: { serial: string | number }[] }
  const serial = Number(result.rows[0]?.serial)
  if (!Number.isInteger(serial) || serial < 1) {
    throw new Error(`The S10 serial sequence gave ${String(serial)}.`)
  }
  return serial
}
