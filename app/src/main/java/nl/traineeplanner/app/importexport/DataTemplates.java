package nl.traineeplanner.app.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Empty import files to fill in, one per kind: an Excel workbook with the header row (in Dutch, as the import
 * expects it) on the first sheet and what each column takes on a second, and a CSV file with the header line,
 * separated by semicolons and in UTF-8 with a byte order mark, as Dutch Excel opens it.
 */
@Service
public class DataTemplates {

    private final MessageSource texts;

    DataTemplates(MessageSource texts) {
        this.texts = texts;
    }

    /** "sjabloon-trainees.xlsx" */
    public static String fileName(DataKind kind, String extension) {
        return "sjabloon-" + kind.slug() + "." + extension;
    }

    public byte[] csv(DataKind kind) {
        String header = kind.columns().stream().map(DataColumn::header).collect(Collectors.joining(";"));
        byte[] text = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        return withMark;
    }

    public byte[] xlsx(DataKind kind, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            PlanWorkbooks.Styles styles = new PlanWorkbooks.Styles(workbook, "d-m-yyyy");
            List<DataColumn> columns = kind.columns();
            Sheet sheet = workbook.createSheet(texts.getMessage("dataImport.kind." + kind.name(), null, locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, Math.max(14, columns.get(c).header().length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet(texts.getMessage("dataImport.template.help", null, locale));
            Row helpHeader = help.createRow(0);
            String[] titles = {
                texts.getMessage("dataImport.template.column", null, locale),
                texts.getMessage("dataImport.template.required", null, locale),
                texts.getMessage("dataImport.template.meaning", null, locale)
            };
            for (int c = 0; c < titles.length; c++) {
                Cell cell = helpHeader.createCell(c);
                cell.setCellValue(titles[c]);
                cell.setCellStyle(styles.header);
            }
            int r = 1;
            for (DataColumn column : columns) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1)
                        .setCellValue(texts.getMessage(
                                kind.requires(column) ? "dataImport.template.yes" : "dataImport.template.no",
                                null,
                                locale));
                row.createCell(2).setCellValue(texts.getMessage("dataImport.column." + column.name(), null, locale));
            }
            help.setColumnWidth(0, 22 * 256);
            help.setColumnWidth(1, 12 * 256);
            help.setColumnWidth(2, 90 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
