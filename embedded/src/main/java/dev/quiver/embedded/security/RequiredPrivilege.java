package dev.quiver.embedded.security;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.quiver.proto.milvus.CommonProto;
import dev.quiver.proto.milvus.PrivilegeExt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one request needs: {@code privilege} on the objects {@code objectNames} of {@code objectType} in
 * {@code database}. Read from the request message's {@code common.privilege_ext_obj} option, as Milvus's proxy
 * reads it ({@code funcutil.GetPrivilegeExtObj}, {@code GetObjectName(s)}): the option names the object type, the
 * privilege and the number of the field holding the object's name (a message field's name is its field 1; an
 * index of 0 or less, or an empty entity, means {@code *}). The database is the request's {@code db_name}, else
 * the caller's current database, and {@code *} for cluster-level privileges. Immutable.
 *
 * @param objectType  {@code Global}, {@code Collection} or {@code User}
 * @param privilege   the privilege as the API spells it ({@code Insert}, {@code CreateCollection}, ...)
 * @param database    the database the check is scoped to, or {@code *}
 * @param objectNames the object names the request refers to (one, or several for {@code Flush})
 * @param many        whether the request refers to several objects ({@code object_name_indexs})
 */
public record RequiredPrivilege(String objectType, String privilege, String database, List<String> objectNames,
                                boolean many) {
    static final String ANY = "*";
    private static final String PRIVILEGE_WORD = "Privilege";

    public RequiredPrivilege {
        objectNames = List.copyOf(objectNames);
    }

    /** The privilege {@code request} needs, or empty when its type carries none (Connect, HasCollection, ...). */
    public static Optional<RequiredPrivilege> of(Message request, String currentDatabase) {
        if (!request.getDescriptorForType().getOptions().hasExtension(CommonProto.privilegeExtObj)) {
            return Optional.empty();
        }
        PrivilegeExt ext = request.getDescriptorForType().getOptions().getExtension(CommonProto.privilegeExtObj);
        String privilege = apiName(ext.getObjectPrivilege().name());
        String database = PrivilegeGroups.isClusterLevel(privilege) ? ANY : database(request, currentDatabase);
        if (ext.getObjectNameIndexs() > 0) {
            return Optional.of(new RequiredPrivilege(ext.getObjectType().name(), privilege, database,
                    names(request, ext.getObjectNameIndexs()), true));
        }
        return Optional.of(new RequiredPrivilege(ext.getObjectType().name(), privilege, database,
                List.of(name(request, ext.getObjectNameIndex())), false));
    }

    /** The privilege as Milvus's metastore and its denial message spell it ({@code PrivilegeInsert}). */
    public String metastoreName() {
        return PRIVILEGE_WORD + privilege;
    }

    private static String apiName(String metastoreName) {
        return metastoreName.startsWith(PRIVILEGE_WORD) ? metastoreName.substring(PRIVILEGE_WORD.length())
                : metastoreName;
    }

    private static String database(Message request, String currentDatabase) {
        FieldDescriptor field = request.getDescriptorForType().findFieldByName("db_name");
        if (field != null && field.getJavaType() == FieldDescriptor.JavaType.STRING) {
            String value = (String) request.getField(field);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return currentDatabase;
    }

    private static String name(Message request, int index) {
        if (index <= 0) {
            return ANY;
        }
        FieldDescriptor field = request.getDescriptorForType().findFieldByNumber(index);
        if (field == null || field.isRepeated()) {
            return ANY;
        }
        Object value = request.getField(field);
        if (value instanceof Message entity) {
            FieldDescriptor first = entity.getDescriptorForType().findFieldByNumber(1);
            String name = first == null ? "" : String.valueOf(entity.getField(first));
            return name.isEmpty() ? ANY : name;
        }
        return String.valueOf(value);
    }

    private static List<String> names(Message request, int index) {
        FieldDescriptor field = request.getDescriptorForType().findFieldByNumber(index);
        List<String> names = new ArrayList<>();
        if (field != null && field.isRepeated() && field.getJavaType() == FieldDescriptor.JavaType.STRING) {
            for (int i = 0; i < request.getRepeatedFieldCount(field); i++) {
                names.add((String) request.getRepeatedField(field, i));
            }
        }
        return names;
    }
}
