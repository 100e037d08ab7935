package io.haircut.workbook.files;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;

/**
 * The one StAX parser for a workbook's XML parts, the importer's and the export's copy of a source sheet:
 * Aalto, which walks a million-row sheet in about a third of the JDK parser's time (docs/performance.md).
 * DTDs are not processed and external entities never resolved; {@link ZipScan} has already refused any
 * part that declares a DTD before a parser sees it.
 */
public final class SpreadsheetXml {

    private static final XMLInputFactory FACTORY = factory();

    private SpreadsheetXml() {
    }

    /** A pull parser over one part's bytes (UTF-8, or the encoding its declaration names). */
    public static XMLStreamReader reader(InputStream part) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(part);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        // Each event parsed whole when it is reached: a damaged part or an interrupted read then fails in next(),
        // as an XMLStreamException with its place, never later from getText() as an unchecked exception.
        f.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        return f;
    }
}
