package io.github.ppm.core.inventory;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the permissions and components of an {@code AndroidManifest.xml}. The parser refuses any DOCTYPE
 * (so no DTD, no entity, internal or external, is ever expanded or fetched), loads no external DTD or
 * schema, and runs with secure processing; every failure is one diagnostic, never an exception.
 */
public final class AndroidManifests {
    /** The Android XML namespace of {@code android:name}. */
    public static final String ANDROID_NS = "http://schemas.android.com/apk/res/android";
    private static final Set<String> PERMISSION_ELEMENTS = Set.of("uses-permission", "uses-permission-sdk-23");
    private static final Set<String> COMPONENT_ELEMENTS = Set.of("activity", "activity-alias", "service", "receiver",
            "provider", "meta-data");

    private AndroidManifests() {
    }

    /** Reads a manifest's bytes; {@code name} is used in diagnostics. */
    public static ManifestScan parse(String name, byte[] content) {
        if (isCompiled(content)) {
            return failed(name, "PPM-INV-XML-BINARY", SourceLocation.of(name, ""), name);
        }
        Handler handler = new Handler();
        try {
            SAXParser parser = secureFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            InputSource source = new InputSource(new ByteArrayInputStream(content));
            source.setSystemId(name);
            parser.getXMLReader().setEntityResolver((publicId, systemId) -> {
                // Unreachable with DOCTYPEs refused; kept so that no configuration slip can ever fetch.
                return new InputSource(new StringReader(""));
            });
            parser.parse(source, handler);
        } catch (SAXParseException e) {
            String rule = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "PPM-INV-XML-DOCTYPE" : "PPM-INV-XML-SYNTAX";
            return failed(name, rule, new SourceLocation(name, "", Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber())), String.valueOf(e.getMessage()));
        } catch (SAXException | ParserConfigurationException e) {
            return failed(name, "PPM-INV-XML-SYNTAX", SourceLocation.of(name, ""), String.valueOf(e.getMessage()));
        } catch (IOException e) {
            return failed(name, "PPM-IO-UNREADABLE", SourceLocation.of(name, ""), String.valueOf(e.getMessage()));
        }
        if (!handler.sawManifest) {
            return failed(name, "PPM-INV-XML-NOT-MANIFEST", SourceLocation.of(name, ""), name);
        }
        return new ManifestScan(name, handler.packageName, handler.permissions, handler.components, Report.empty());
    }

    /**
     * A manifest taken from an APK is binary AXML, not text: its chunk header, type 0x0003 (XML)
     * with a header size of 8, little-endian, is {@code 03 00 08 00}.
     */
    private static boolean isCompiled(byte[] content) {
        return content.length >= 4 && content[0] == 0x03 && content[1] == 0x00 && content[2] == 0x08 && content[3] == 0x00;
    }

    static SAXParserFactory secureFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private static ManifestScan failed(String name, String rule, SourceLocation at, Object... args) {
        Diagnostic d = new Diagnostic(rule, Severity.ERROR, Messages.of(rule, args), Messages.help(rule, args), at,
                List.of());
        return new ManifestScan(name, "", List.of(), List.of(), Report.of(d));
    }

    private static final class Handler extends DefaultHandler {
        final List<Located> permissions = new ArrayList<>();
        final List<Located> components = new ArrayList<>();
        String packageName = "";
        boolean sawManifest;
        private String root;
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator value) {
            this.locator = value;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (root == null) {
                root = localName;
                sawManifest = "manifest".equals(localName);
                String pkg = attributes.getValue("package");
                packageName = pkg == null ? "" : pkg.trim();
                return;
            }
            String name = attributes.getValue(ANDROID_NS, "name");
            if (!sawManifest || name == null || name.isBlank()) {
                return;
            }
            int line = locator == null ? 0 : locator.getLineNumber();
            if (PERMISSION_ELEMENTS.contains(localName)) {
                permissions.add(new Located(name.trim(), line));
            } else if (COMPONENT_ELEMENTS.contains(localName)) {
                String className = name.startsWith(".") ? packageName + name.trim() : name.trim();
                components.add(new Located(className, line));
            }
        }
    }

    /**
     * What a manifest declares.
     *
     * @param file        the file
     * @param packageName the {@code package} attribute, or empty
     * @param permissions {@code uses-permission} names, in order
     * @param components  class names of activities, services, receivers, providers and meta-data names
     * @param report      why it could not be read, if it could not
     */
    public record ManifestScan(String file, String packageName, List<Located> permissions, List<Located> components,
            Report report) {
        public ManifestScan {
            permissions = List.copyOf(permissions);
            components = List.copyOf(components);
        }
    }
}
