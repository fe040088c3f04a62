package io.ardesk.workflow.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.config.StartupLock;
import io.ardesk.language.TeamLanguage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the processes, decisions and forms when the engine is built, <b>only what changed</b>
 * (README "Upgrading"). Each BPMN file is its own deployment {@code ardesk:<file>}, together with the
 * forms its {@code camunda:formRef}s name and the decisions its {@code camunda:decisionRef}s name
 * (both bound to the deployment); each DMN file is also deployed alone ({@code ardesk:<file>}, for
 * the decisions the application evaluates by key), and forms no process names go to
 * {@code ardesk:forms}. A deployment is made only when one of its resources differs from the last
 * deployment of the same name (Camunda's duplicate filtering), so changing one model gives that
 * process a new version and leaves every other process on the version its instances run on.
 * Replaces Spring's auto-deployment ({@code camunda.bpm.auto-deployment-enabled: false}), which put
 * every resource into one deployment and deployed all of them again when one changed.
 *
 * <p>Deploying is a start-up step under the {@link StartupLock}: nodes starting together deploy one
 * after the other, and the later ones find nothing changed. <b>Never a downgrade:</b> a node whose
 * models carry a lower {@code versionTag} than the newest deployed version of the same process (a node
 * of the previous release restarting during a rollout) deploys nothing, and its start-up migrates
 * nothing ({@link #olderRelease()}).
 */
@Component
public class ProcessResourcesDeployment extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ProcessResourcesDeployment.class);
  public static final String SOURCE = "ardesk";
  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"$]+)\"");
  private static final Pattern DECISION_REF = Pattern.compile("camunda:decisionRef=\"([^\"$]+)\"");
  private static final Pattern DECISION_ID = Pattern.compile("<(?:\\w+:)?decision\\s[^>]*\\bid=\"([^\"]+)\"");

  private final boolean enabled;
  private final StartupLock startupLock;
  private volatile boolean olderRelease;
  private final String language;

  ProcessResourcesDeployment(@Value("${ardesk.deployment.enabled:true}") boolean enabled, StartupLock startupLock,
      TeamLanguage language) {
    this.enabled = enabled;
    this.startupLock = startupLock;
    this.language = language.tag();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (enabled) {
      startupLock.holding("deployment", () -> {
        List<Group> groups = read(language);
        List<String> newer = newerDeployed(processEngine.getRepositoryService(), groups);
        if (!newer.isEmpty()) {
          olderRelease = true;
          log.warn("This node's models are older than the deployed ones and are not deployed (no downgrade); its "
              + "start-up migrates nothing: {}", newer);
          return;
        }
        List<Deployment> made = deploy(processEngine.getRepositoryService(), groups);
        log.info("Processes deployed: {} new deployment(s) {}", made.size(), made.stream().map(Deployment::getName).toList());
      });
    }
  }

  /** True when this node's models are older than the deployed ones: it neither deployed nor migrates. */
  public boolean olderRelease() {
    return olderRelease;
  }

  /**
   * The processes whose newest deployed version carries a higher {@code versionTag} than this node's
   * model, as "key: this node's tag < deployed tag"; empty when this node may deploy.
   */
  public static List<String> newerDeployed(RepositoryService repository, List<Group> groups) {
    List<String> newer = new ArrayList<>();
    for (Group group : groups) {
      group.resources().forEach((name, content) -> {
        if (!name.endsWith(".bpmn")) {
          return;
        }
        for (Process process : Bpmn.readModelFromStream(new ByteArrayInputStream(content))
            .getModelElementsByType(Process.class)) {
          ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(process.getId())
              .latestVersion().singleResult();
          if (deployed != null && compareVersionTags(process.getCamundaVersionTag(), deployed.getVersionTag()) < 0) {
            newer.add(process.getId() + ": " + process.getCamundaVersionTag() + " < " + deployed.getVersionTag());
          }
        }
      });
    }
    return newer;
  }

  /** Compares version tags part by part ("2" < "2.1" < "10"); a missing tag is the lowest. */
  static int compareVersionTags(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      String l = i < left.length ? left[i] : "0";
      String r = i < right.length ? right[i] : "0";
      int order = l.matches("\\d+") && r.matches("\\d+")
          ? new java.math.BigInteger(l).compareTo(new java.math.BigInteger(r)) : l.compareTo(r);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /** One deployment's resources: resource name → content. */
  public record Group(String name, Map<String, byte[]> resources) {}

  /** Deploys every group whose resources changed since its last deployment; answers the deployments made. */
  public static List<Deployment> deploy(RepositoryService repository, List<Group> groups) {
    List<Deployment> made = new ArrayList<>();
    for (Group group : groups) {
      DeploymentBuilder builder = repository.createDeployment().name(group.name()).source(SOURCE)
          .enableDuplicateFiltering(false);
      group.resources().forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
      long before = repository.createDeploymentQuery().deploymentName(group.name()).count();
      // an unchanged group answers its last deployment and deploys nothing
      Deployment deployment = builder.deploy();
      if (repository.createDeploymentQuery().deploymentName(group.name()).count() > before) {
        made.add(deployment);
      }
    }
    return made;
  }

  /** The groups of the packaged processes/ and forms/ folders, the forms in English. */
  public static List<Group> read() {
    return read("en");
  }

  /**
   * The groups of the packaged processes/ and forms/ folders, the forms in the team's language
   * ({@link FormTranslations}) and the processes' names too ({@link #processNames}): a changed
   * {@code ardesk.language} changes the forms and names, and so deploys a new version of each process
   * with forms or a translated name; its new instances show them in the new language.
   */
  public static List<Group> read(String language) {
    return groups(processNames(load("classpath*:processes/**/*.bpmn"), language),
        load("classpath*:processes/**/*.dmn"),
        FormTranslations.translate(load("classpath*:forms/**/*.form"), language));
  }

  /** A BPMN process element's id and name, as the models write them: {@code <bpmn:process id="…" name="…"}. */
  private static final Pattern PROCESS_NAME = Pattern.compile("(<bpmn:process id=\"([^\"]+)\" name=\")([^\"]*)(\")");

  /**
   * The models with the name Tasklist shows for each process ({@code process.<key>} in the message
   * bundles) in the team's language; in English the files as packaged, byte for byte.
   */
  static Map<String, byte[]> processNames(Map<String, byte[]> bpmns, String language) {
    if ("en".equals(TeamLanguage.teamLanguage(language))) {
      return bpmns;
    }
    TeamLanguage team = new TeamLanguage(language);
    Map<String, byte[]> named = new TreeMap<>();
    bpmns.forEach((file, content) -> {
      Matcher matcher = PROCESS_NAME.matcher(new String(content, StandardCharsets.UTF_8));
      StringBuilder model = new StringBuilder();
      while (matcher.find()) {
        String name = team.textOr("process." + matcher.group(2), null);
        matcher.appendReplacement(model, Matcher.quoteReplacement(name == null ? matcher.group() : matcher.group(1)
            + name.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;") + matcher.group(4)));
      }
      matcher.appendTail(model);
      named.put(file, model.toString().getBytes(StandardCharsets.UTF_8));
    });
    return named;
  }

  /** Groups BPMN files with the forms and decisions they name (see the class comment). */
  public static List<Group> groups(Map<String, byte[]> bpmns, Map<String, byte[]> dmns, Map<String, byte[]> forms) {
    Map<String, String> formFileById = new TreeMap<>();
    forms.forEach((file, content) -> formFileById.put(formId(file, content), file));
    Map<String, String> dmnFileByDecision = new TreeMap<>();
    dmns.forEach((file, content) -> ids(DECISION_ID, content).forEach(id -> dmnFileByDecision.put(id, file)));
    List<Group> groups = new ArrayList<>();
    Set<String> namedForms = new LinkedHashSet<>();
    bpmns.forEach((file, content) -> {
      Map<String, byte[]> resources = new LinkedHashMap<>();
      resources.put(file, content);
      for (String formId : ids(FORM_REF, content)) {
        String formFile = formFileById.get(formId);
        if (formFile != null) {
          resources.put(formFile, forms.get(formFile));
          namedForms.add(formFile);
        }
      }
      for (String decision : ids(DECISION_REF, content)) {
        String dmnFile = dmnFileByDecision.get(decision);
        if (dmnFile != null) {
          resources.put(dmnFile, dmns.get(dmnFile));
        }
      }
      groups.add(new Group(SOURCE + ":" + simpleName(file), resources));
    });
    dmns.forEach((file, content) -> groups.add(new Group(SOURCE + ":" + simpleName(file), Map.of(file, content))));
    Map<String, byte[]> otherForms = new TreeMap<>();
    forms.forEach((file, content) -> {
      if (!namedForms.contains(file)) {
        otherForms.put(file, content);
      }
    });
    if (!otherForms.isEmpty()) {
      groups.add(new Group(SOURCE + ":forms", otherForms));
    }
    return groups;
  }

  private static Set<String> ids(Pattern pattern, byte[] content) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher matcher = pattern.matcher(new String(content, StandardCharsets.UTF_8));
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  private static String formId(String file, byte[] content) {
    try {
      return new ObjectMapper().readTree(content).path("id").asText(simpleName(file));
    } catch (IOException e) {
      throw new UncheckedIOException("form " + file + " is not JSON", e);
    }
  }

  private static String simpleName(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  /** Resource name (folder/file, as packaged) → content, sorted by name. */
  private static Map<String, byte[]> load(String pattern) {
    try {
      Map<String, byte[]> loaded = new TreeMap<>();
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
        loaded.put(folder + "/" + resource.getFilename(), resource.getContentAsByteArray());
      }
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pattern, e);
    }
  }
}
