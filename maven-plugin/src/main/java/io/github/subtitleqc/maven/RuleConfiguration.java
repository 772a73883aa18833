package io.github.subtitleqc.maven;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code <rule>} in the plugin's {@code <rules>}:
 * <pre>{@code
 * <rule>
 *   <id>reading-speed</id>
 *   <severity>warning</severity>
 *   <parameters><maxCps>17</maxCps></parameters>
 * </rule>
 * <rule><id>whitespace</id><enabled>false</enabled></rule>
 * }</pre>
 */
public class RuleConfiguration {

    /** The rule's id, e.g. {@code reading-speed}. */
    private String id;

    /** {@code false} switches the rule off. */
    private Boolean enabled;

    /** {@code error}, {@code warning} or {@code info}; the rule's default when absent. */
    private String severity;

    /** Parameter values by name; they win over the profile's. */
    private Map<String, String> parameters = new LinkedHashMap<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public Map<String, String> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, String> parameters) {
        this.parameters = parameters;
    }
}
