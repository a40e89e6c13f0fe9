package org.sessionledger.web.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents each project's API: every route of a project ({@code /api/sessions…}, {@code /api/search}, …) is also
 * {@code /api/projects/{project}/…}, the same operation on that project ({@link ProjectScope} takes it there).
 */
public class ScopedRoutesDocs implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> scoped = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            String[] parts = path.split("/");
            if (parts.length > 2 && parts[1].equals("api") && ProjectScope.scopedApi(parts[2])) {
                scoped.put("/api/projects/{project}" + path.substring(4), scopedCopy(item));
            }
        });
        scoped.forEach(openAPI.getPaths()::addPathItem);
    }

    private static PathItem scopedCopy(PathItem item) {
        PathItem copy = OASFactory.createPathItem()
                .GET(item.getGET())
                .POST(item.getPOST())
                .PUT(item.getPUT())
                .DELETE(item.getDELETE())
                .PATCH(item.getPATCH())
                .summary(item.getSummary())
                .description(item.getDescription());
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(OASFactory.createParameter()
                .name("project")
                .in(Parameter.In.PATH)
                .required(true)
                .description("The project's name")
                .schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        return copy.parameters(parameters);
    }
}
