package dev.quiver.embedded.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code access} section of the persisted catalog: users with their PBKDF2 password hashes (salt and key in
 * base64; never a password), roles with their members, each role's grants with their grantors, and the custom
 * privilege groups.
 */
final class AccessControlCodec {
    private AccessControlCodec() {
    }

    static ObjectNode encode(AccessControl access) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode users = node.putArray("users");
        access.users().forEach((name, password) -> {
            ObjectNode user = users.addObject();
            user.put("name", name);
            user.put("algorithm", PasswordHash.ALGORITHM);
            user.put("iterations", password.iterations());
            user.put("salt", Base64.getEncoder().encodeToString(password.salt()));
            user.put("hash", Base64.getEncoder().encodeToString(password.hash()));
        });
        ArrayNode roles = node.putArray("roles");
        access.members().forEach((name, members) -> {
            ObjectNode role = roles.addObject();
            role.put("name", name);
            ArrayNode memberNodes = role.putArray("members");
            members.forEach(memberNodes::add);
            ArrayNode grants = role.putArray("grants");
            access.grantsOf(name).forEach((grant, grantor) -> {
                ObjectNode g = grants.addObject();
                g.put("object_type", grant.objectType());
                g.put("database", grant.database());
                g.put("object_name", grant.objectName());
                g.put("privilege", grant.privilege());
                g.put("grantor", grantor);
            });
        });
        ArrayNode groups = node.putArray("privilege_groups");
        access.groups().forEach((name, privileges) -> {
            ObjectNode group = groups.addObject();
            group.put("name", name);
            ArrayNode names = group.putArray("privileges");
            privileges.forEach(names::add);
        });
        return node;
    }

    /** Decodes a section written by {@link #encode}; a missing section (older catalogs) is the initial state. */
    static AccessControl decode(JsonNode node) throws IOException {
        if (node.isMissingNode()) {
            return AccessControl.initial();
        }
        Map<String, PasswordHash> users = new LinkedHashMap<>();
        for (JsonNode user : node.path("users")) {
            String name = user.path("name").asText();
            users.put(name, password(name, user));
        }
        Map<String, Set<String>> members = new LinkedHashMap<>();
        Map<String, SortedMap<Grant, String>> grants = new LinkedHashMap<>();
        for (JsonNode role : node.path("roles")) {
            String name = role.path("name").asText();
            Set<String> names = new TreeSet<>();
            role.path("members").forEach(m -> names.add(m.asText()));
            members.put(name, names);
            SortedMap<Grant, String> held = new TreeMap<>(Grant.ORDER);
            for (JsonNode g : role.path("grants")) {
                held.put(new Grant(g.path("object_type").asText(), g.path("database").asText(),
                        g.path("object_name").asText(), g.path("privilege").asText()), g.path("grantor").asText());
            }
            grants.put(name, held);
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (JsonNode group : node.path("privilege_groups")) {
            Set<String> privileges = new TreeSet<>();
            group.path("privileges").forEach(p -> privileges.add(p.asText()));
            groups.put(group.path("name").asText(), privileges);
        }
        return new AccessControl(users, members, grants, groups);
    }

    private static PasswordHash password(String user, JsonNode node) throws IOException {
        String algorithm = node.path("algorithm").asText();
        if (!algorithm.equals(PasswordHash.ALGORITHM)) {
            throw new IOException("catalog holds user " + user + " with password algorithm '" + algorithm
                    + "'; this engine reads " + PasswordHash.ALGORITHM);
        }
        try {
            return new PasswordHash(node.path("iterations").asInt(), Base64.getDecoder().decode(node.path("salt")
                    .asText()), Base64.getDecoder().decode(node.path("hash").asText()));
        } catch (IllegalArgumentException e) {
            throw new IOException("catalog holds an unreadable password hash for user " + user + ": "
                    + e.getMessage(), e);
        }
    }
}
