package io.haircut.workbook.files;

import java.io.IOException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * POI's read-only shared strings, with a lookup that checks the index first: POI's own answer to a
 * missing string is an exception whose message lists every string of the workbook, which for a large
 * workbook costs as much memory again.
 */
final class SharedStrings extends ReadOnlySharedStringsTable {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // No initialisers: the superclass constructor parses the part, calling the handlers below, before
    // this class's initialisers would run (and reset the fields).
    private boolean started;
    private int size;

    SharedStrings(OPCPackage pkg) throws IOException, SAXException {
        super(pkg, false);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        super.startElement(uri, localName, name, attributes);
        started |= inMainNamespace(uri) && "sst".equals(localName);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        if (started && inMainNamespace(uri) && "si".equals(localName)) {
            size++; // the superclass keeps one string per <si> once <sst> has started
        }
    }

    private static boolean inMainNamespace(String uri) {
        return uri == null || uri.equals(MAIN);
    }

    /** The text of the string at {@code index} (a cell's value); an index it does not have is an {@link IndexOutOfBoundsException}. */
    String text(String index) {
        int i = Integer.parseInt(index.trim());
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("shared string " + i + " of " + size);
        }
        return getItemAt(i).getString(); // decodes Excel's _xHHHH_ escapes
    }
}
