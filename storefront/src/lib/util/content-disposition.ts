/**
 * The backend's PDF as a download: its own file name kept (`nhan-CP000000125VN.pdf`) when it is
 * a plain one, the fallback otherwise.
 */
export const attachmentDisposition = (
  backendHeader: string | null,
  fallback: string
): string => {
  const named = /filename="?([^";]+)"?/i.exec(backendHeader ?? "")?.[1]
  const name = named && /^[\w.-]{1,120}\.pdf$/.test(named) ? named : fallback
  return `attachment; filename="${name}"`
}
