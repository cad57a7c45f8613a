/** Loads a workbook with plain exceljs (not our reader), to look at what was written. */
import ExcelJS from 'exceljs';

export async function loadWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs expands the whole-column dropdown into a million cells unless told to skip it.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] } as never);
  return wb;
}

export async function saveWithExcelJS(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Label in column A → cell in column B of the 汇总 sheet. */
export function summaryCells(wb: ExcelJS.Workbook): Map<string, ExcelJS.Cell> {
  const ws = wb.getWorksheet('汇总') as ExcelJS.Worksheet;
  const m = new Map<string, ExcelJS.Cell>();
  ws.eachRow((row) => {
    const a = row.getCell(1).value;
    if (a !== null && a !== undefined) m.set(String(a), row.getCell(2));
  });
  return m;
}
