package io.blindspot.base;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names Bean Validation's path nodes as the input does: a record component bound from {@code "D"}
 * with {@code @JsonProperty("D")} is {@code D} in a problem's path, not {@code d}.
 */
final class JsonPropertyNames implements PropertyNodeNameProvider {

    @Override
    public String getName(Property property) {
        if (property instanceof JavaBeanProperty bean) {
            try {
                Field field = bean.getDeclaringClass().getDeclaredField(property.getName());
                JsonProperty renamed = field.getAnnotation(JsonProperty.class);
                if (renamed != null && !renamed.value().isEmpty()) {
                    return renamed.value();
                }
            } catch (NoSuchFieldException e) {
                // a getter constraint without a field: its own name is the input's name
            }
        }
        return property.getName();
    }
}
