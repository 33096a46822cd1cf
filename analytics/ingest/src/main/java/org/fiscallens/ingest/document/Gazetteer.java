package org.fiscallens.ingest.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names (from {@code regions.tsv}) used to infer a department's province, city and county from the
 * place its name starts with. A name the gazetteer does not know still yields what the name itself states
 * (a leading …省, …自治州 or …县/旗/区).
 */
public final class Gazetteer {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private record Place(String name, String level, String city, String province) {
    }

    private static final Pattern STATED = Pattern.compile(
            "^(?<province>[^省]{2,7}省|[^区]{2,8}自治区)?(?<city>[^市州盟县]{2,8}(?:自治州|州|盟))?(?<county>[^县旗区]{1,8}(?:县|旗))?");

    private final List<Place> places;

    private Gazetteer(List<Place> places) {
        this.places = places.stream().sorted(Comparator.comparingInt((Place p) -> p.name().length()).reversed()).toList();
    }

    public static Gazetteer standard() {
        List<Place> places = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("regions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("regions.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                places.add(new Place(f[0], f[1], f[2].isEmpty() ? null : f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load regions.tsv", e);
        }
        return new Gazetteer(places);
    }

    /** The region a department name points at, e.g. 新乡县医疗保障局 → 河南省/新乡市/新乡县. */
    public Region regionOf(String departmentName) {
        if (departmentName == null) {
            return Region.UNKNOWN;
        }
        String name = WHITESPACE.matcher(departmentName).replaceAll("");
        String province = null;
        for (Place p : places) {
            if ("province".equals(p.level()) && name.startsWith(p.name())) {
                province = p.name();
                name = name.substring(p.name().length());
                break;
            }
        }
        for (Place p : places) {
            if (!"province".equals(p.level()) && name.startsWith(p.name())
                    && (province == null || province.equals(p.province()))) {
                if ("city".equals(p.level())) {
                    String rest = name.substring(p.name().length());
                    for (Place q : places) {
                        if ("county".equals(q.level()) && rest.startsWith(q.name()) && p.name().equals(q.city())) {
                            return new Region(q.province(), q.city(), q.name());
                        }
                    }
                    return new Region(p.province(), p.name(), null);
                }
                return new Region(p.province(), p.city(), p.name());
            }
        }
        Matcher m = STATED.matcher(name);
        if (m.find() && (m.group("province") != null || m.group("city") != null || m.group("county") != null)) {
            return new Region(province != null ? province : m.group("province"), m.group("city"), m.group("county"));
        }
        return province == null ? Region.UNKNOWN : new Region(province, null, null);
    }
}
