package nl.traineeplanner.app.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an uploaded table, an Excel workbook (.xlsx) or a CSV file, into its header and rows, whatever name the file
 * was given: the first bytes tell which it is. Anything else (a PDF, a Word document, an old .xls) is refused with a
 * message that says what the planner takes.
 *
 * <p>An .xlsx is read as a stream (POI's SAX reading of the first sheet), so a workbook of a million rows never sits in
 * memory: reading stops after {@link #ROW_LIMIT} rows and the file is refused with that limit. A zip bomb (a workbook
 * that unpacks to far more than it is) is stopped by POI's inflate-ratio check and refused as a damaged file. A cell
 * with a formula is refused with its cell reference, rather than taking the value Excel last saved with it: that
 * value may be missing (files written by other programs) or out of date, and the coordinator should see what is
 * stored. A CSV file may be UTF-8 (with or without byte order mark), UTF-16 with a byte order mark, or Windows-1252
 * (what Dutch Excel writes as "CSV"); text that is not valid UTF-8 is read as Windows-1252. Its separator, semicolon
 * (Dutch Excel), comma or tab, is taken from the header line.
 */
final class TableFile {

    /** The most rows (under the header) one file may have. */
    static final int ROW_LIMIT = 5_000;

    /** The most columns the planner reads; the rest of a wider sheet is left out. */
    static final int COLUMN_LIMIT = 60;

    private TableFile() {}

    /** One row under the header: its number as the spreadsheet shows it, and its cells (empty text when empty). */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** What was read: the header (empty when there is none), the rows, and the problems with cells or the file. */
    record Table(List<String> header, List<Row> rows, List<SheetProblem> problems) {}

    /** A file that cannot be read as a table at all. */
    static final class Unreadable extends RuntimeException {

        private final transient SheetProblem problem;

        Unreadable(String messageKey, Object... arguments) {
            super(messageKey);
            this.problem = SheetProblem.ofFile(messageKey, arguments);
        }

        SheetProblem problem() {
            return problem;
        }
    }

    /** Reads the file; a file that is no table at all, or that is too long, gives a table with one problem. */
    static Table read(byte[] content) {
        return read(content, TEXT_LIMIT);
    }

    /** Reads the file, holding at most {@code textLimit} bytes of a workbook's shared texts in memory. */
    static Table read(byte[] content, long textLimit) {
        try {
            if (content.length == 0) {
                throw new Unreadable("dataImport.file.empty");
            }
            Table table;
            if (startsWith(content, 'P', 'K', 3, 4)) {
                table = xlsx(content, textLimit);
            } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
                throw new Unreadable("dataImport.file.oldExcel");
            } else if (looksLikeText(content)) {
                table = csv(decode(content));
            } else {
                throw new Unreadable("dataImport.file.type");
            }
            if (table.header().isEmpty()) {
                throw new Unreadable("dataImport.file.noHeader");
            }
            if (table.rows().isEmpty() && table.problems().isEmpty()) {
                throw new Unreadable("dataImport.file.headerOnly");
            }
            return table;
        } catch (Unreadable unreadable) {
            return new Table(List.of(), List.of(), List.of(unreadable.problem()));
        }
    }

    // --- Excel -------------------------------------------------------------------------------------------------

    private static Table xlsx(byte[] content, long textLimit) {
        Path temp = null;
        try {
            // a file, not a stream: POI then reads each part of the zip only when asked, with its zip-bomb checks
            temp = Files.createTempFile("traineeplanner-import-", ".xlsx");
            Files.write(temp, content);
            try (OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                PackagePart main = pkg
                        .getPartsByRelationshipType(
                                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> new Unreadable("dataImport.file.type"));
                if (!main.getContentType().contains("spreadsheetml")) {
                    throw new Unreadable("dataImport.file.notWorkbook");
                }
                XSSFReader reader = new XSSFReader(pkg);
                // the texts of all cells are held in memory while the sheet is read: only up to the limit
                List<PackagePart> texts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
                SharedStrings strings = texts.isEmpty()
                        ? new ReadOnlySharedStringsTable(pkg, false)
                        : new ReadOnlySharedStringsTable(
                                new LimitedStream(texts.get(0).getInputStream(), textLimit), false);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new Unreadable("dataImport.file.noHeader");
                }
                SheetReader handler = new SheetReader(strings);
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(sheet));
                } catch (TooManyRows stop) {
                    throw new Unreadable("dataImport.file.tooManyRows", ROW_LIMIT);
                }
                return new Table(handler.header, handler.rows, handler.problems);
            }
        } catch (Unreadable unreadable) {
            throw unreadable;
        } catch (TooMuchText e) {
            throw new Unreadable("dataImport.file.tooMuchText", ROW_LIMIT);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new Unreadable("dataImport.file.type");
        } catch (IOException
                | SAXException
                | OpenXML4JException
                | javax.xml.parsers.ParserConfigurationException
                | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new Unreadable("dataImport.file.zipBomb", ROW_LIMIT);
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooMuchText) {
                    throw new Unreadable("dataImport.file.tooMuchText", ROW_LIMIT);
                }
            }
            throw new Unreadable("dataImport.file.damaged");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }

    /** The most bytes of shared texts (unpacked) a workbook may have: far more than 5000 rows of text take. */
    static final long TEXT_LIMIT = 64L * 1024 * 1024;

    /** The most characters one cell may hold, as in Excel. */
    static final int CELL_LIMIT = 32_767;

    /** The most rows, blank ones included, a sheet may have before the reading stops. */
    static final int ROW_ELEMENT_LIMIT = 20 * ROW_LIMIT;

    /** A stream that refuses to give more than so many bytes. */
    private static final class LimitedStream extends java.io.FilterInputStream {

        private long left;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooMuchText();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new TooMuchText();
            }
            return n;
        }
    }

    /** More shared text than the planner holds in memory. */
    private static final class TooMuchText extends IOException {
        TooMuchText() {
            super("too much text");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** Stops reading a sheet at the row limit. */
    private static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("more than " + ROW_LIMIT + " rows");
        }
    }

    /** The cells of a sheet, row by row, as the SAX parser meets them. */
    private static final class SheetReader extends DefaultHandler {

        private final SharedStrings strings;
        final List<String> header = new ArrayList<>();
        final List<Row> rows = new ArrayList<>();
        final List<SheetProblem> problems = new ArrayList<>();

        private int rowNumber;
        private int rowElements;
        private TreeMap<Integer, String> cells;
        private int column;
        private String cellReference;
        private String type;
        private boolean formula;
        private boolean collecting;
        private final StringBuilder text = new StringBuilder();
        private String value;

        SheetReader(SharedStrings strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    if (++rowElements > ROW_ELEMENT_LIMIT) {
                        throw new TooManyRows();
                    }
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    cellReference = attributes.getValue("r");
                    column = cellReference == null ? column + 1 : columnIndex(cellReference);
                    if (cellReference == null) {
                        cellReference = columnLetters(column) + rowNumber;
                    }
                    type = attributes.getValue("t");
                    formula = false;
                    value = null;
                }
                case "f" -> formula = true;
                case "v", "t" -> {
                    collecting = true;
                    text.setLength(0);
                }
                default -> {
                    // other elements carry nothing the import needs
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting && text.length() < CELL_LIMIT) {
                text.append(ch, start, Math.min(length, CELL_LIMIT - text.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v" -> {
                    collecting = false;
                    value = text.toString();
                }
                case "t" -> {
                    collecting = false;
                    value = (value == null ? "" : value) + text;
                }
                case "c" -> cell();
                case "row" -> row();
                default -> {
                    // nothing to do
                }
            }
        }

        private void cell() {
            if (cells == null || column < 0 || column >= COLUMN_LIMIT) {
                return;
            }
            if (formula) {
                problems.add(
                        SheetProblem.ofCell(rowNumber, cellReference, null, "dataImport.cell.formula", cellReference));
                cells.put(column, "");
                return;
            }
            cells.put(column, shown(type, value));
        }

        private String shown(String cellType, String raw) {
            if (raw == null) {
                return "";
            }
            if ("s".equals(cellType)) {
                try {
                    return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                } catch (RuntimeException e) {
                    return "";
                }
            }
            if ("b".equals(cellType)) {
                return "1".equals(raw) ? "TRUE" : "FALSE";
            }
            if (cellType == null || "n".equals(cellType)) {
                try {
                    return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return raw; // inline strings, formula strings, errors
        }

        private void row() throws SAXException {
            List<String> values = new ArrayList<>();
            int width = cells.isEmpty() ? 0 : cells.lastKey() + 1;
            for (int c = 0; c < width; c++) {
                values.add(cells.getOrDefault(c, "").strip());
            }
            cells = null;
            accept(header, rows, rowNumber, values);
        }
    }

    /** Puts one row in its place: the first row with anything in it is the header; blank rows are left out. */
    private static void accept(List<String> header, List<Row> rows, int number, List<String> values)
            throws TooManyRows {
        if (values.stream().allMatch(String::isBlank)) {
            return;
        }
        if (header.isEmpty()) {
            header.addAll(values);
            return;
        }
        if (rows.size() >= ROW_LIMIT) {
            throw new TooManyRows();
        }
        rows.add(new Row(number, List.copyOf(values)));
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** 0 for "A1", 26 for "AA7". */
    static int columnIndex(String cellReference) {
        int index = 0;
        for (int i = 0; i < cellReference.length() && Character.isLetter(cellReference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(cellReference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    /** "A" for 0, "AA" for 26. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    // --- CSV ---------------------------------------------------------------------------------------------------

    private static Table csv(String text) {
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .get();
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                number++;
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.min(record.size(), COLUMN_LIMIT); c++) {
                    values.add(record.get(c).strip());
                }
                accept(header, rows, number, values);
            }
        } catch (TooManyRows stop) {
            throw new Unreadable("dataImport.file.tooManyRows", ROW_LIMIT);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("dataImport.file.csvBroken", number + 1);
        }
        return new Table(header, rows, List.of());
    }

    /** The separator of the header line: the one of semicolon, comma and tab it has most of, outside quotes. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The text of a CSV file: UTF-16 or UTF-8 by its byte order mark, else UTF-8 if it is valid, else Windows-1252. */
    static String decode(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, start, content.length - start, Charset.forName("windows-1252"));
        }
    }

    /** Text, not a binary file: no NUL bytes in the first kilobytes (except in UTF-16, known by its mark). */
    private static boolean looksLikeText(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            return true;
        }
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            return false;
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
