package dev.quiver.embedded.catalog;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.text.TextAnalyzer;
import dev.quiver.embedded.text.TextFields;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FunctionSchema;
import dev.quiver.proto.milvus.FunctionType;
import dev.quiver.wire.MilvusError;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The text parts of a schema at CreateCollection: analyzer parameters of VARCHAR fields and the collection's
 * functions, validated with the messages of Milvus's {@code validator.ValidateFunction} and completed as rootcoord
 * stores them (function ids from {@value #FIRST_FUNCTION_ID}, input/output field ids, {@code is_function_output} on
 * the output field). Only BM25 functions run in the embedded engine.
 */
public final class FunctionSchemas {
    /** Milvus's {@code common.StartOfUserFunctionID}. */
    static final long FIRST_FUNCTION_ID = 100;

    private FunctionSchemas() {
    }

    /** The field's analyzer ({@code analyzer_params}, the standard analyzer when absent). */
    public static TextAnalyzer analyzer(FieldSchema field) {
        return TextFields.analyzer(field);
    }

    private static boolean analyzerEnabled(FieldSchema field) {
        return TextFields.analyzerEnabled(field);
    }

    /** The BM25 function whose output is {@code field}, if any. */
    public static java.util.Optional<FunctionSchema> bm25Producing(CollectionSchema schema, FieldSchema field) {
        for (FunctionSchema function : schema.getFunctionsList()) {
            if (function.getType() == FunctionType.BM25 && function.getOutputFieldIdsList().contains(field.getFieldID())) {
                return java.util.Optional.of(function);
            }
        }
        return java.util.Optional.empty();
    }

    /** Checks a field's analyzer parameters by building the analyzer (1100/3000 naming the field). */
    static void checkAnalyzer(FieldSchema field) {
        boolean textual = field.getDataType() == DataType.VarChar;
        if (!textual) {
            return;
        }
        if (TextFields.matchEnabled(field) && !analyzerEnabled(field)) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "field " + field.getName()
                    + " is set to enable match or bm25 function but not enable analyzer");
        }
        if (analyzerEnabled(field) || TextFields.analyzerParams(field).isPresent()) {
            try {
                analyzer(field);
            } catch (EngineException e) {
                throw EngineException.because(e.error(), "invalid analyzer params of field " + field.getName()
                        + ": " + detail(e));
            }
        }
    }

    private static String detail(EngineException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String suffix = ": " + e.error().leafMessage();
        return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
    }

    /** Validates and completes the functions of a schema whose fields already carry their ids. */
    static void complete(CollectionSchema.Builder schema) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < schema.getFieldsCount(); i++) {
            byName.put(schema.getFields(i).getName(), i);
        }
        Set<String> usedOutputs = new HashSet<>();
        Set<String> usedNames = new HashSet<>();
        for (int f = 0; f < schema.getFunctionsCount(); f++) {
            FunctionSchema function = schema.getFunctions(f);
            checkBasics(function);
            if (!usedNames.add(function.getName())) {
                throw invalid("duplicate function name: " + function.getName());
            }
            if (function.getType() != FunctionType.BM25) {
                throw EngineException.because(MilvusError.UNSUPPORTED_OPERATION, "the " + function.getType()
                        + " function " + function.getName() + " is not supported by the embedded engine (supported: BM25)");
            }
            FunctionSchema.Builder completed = function.toBuilder().setId(FIRST_FUNCTION_ID + f).clearInputFieldIds()
                    .clearOutputFieldIds();
            List<FieldSchema> inputs = new java.util.ArrayList<>();
            for (String name : function.getInputFieldNamesList()) {
                Integer index = byName.get(name);
                if (index == null) {
                    throw invalid("function input field not found: " + name);
                }
                inputs.add(schema.getFields(index));
                completed.addInputFieldIds(schema.getFields(index).getFieldID());
            }
            FieldSchema input = inputs.get(0);
            if (inputs.size() != 1 || input.getDataType() != DataType.VarChar) {
                throw invalid("BM25 function input field must be a VARCHAR/TEXT field, got " + inputs.size()
                        + " field with type " + input.getDataType());
            }
            if (!analyzerEnabled(input)) {
                throw invalid("BM25 function input field must set enable_analyzer to true");
            }
            for (String name : function.getOutputFieldNamesList()) {
                Integer index = byName.get(name);
                if (index == null) {
                    throw invalid("function output field not found: " + name);
                }
                FieldSchema output = schema.getFields(index);
                if (output.getIsPrimaryKey()) {
                    throw invalid("function output field cannot be primary key: function " + function.getName()
                            + ", field " + name);
                }
                if (output.getIsPartitionKey() || output.getIsClusteringKey()) {
                    throw invalid("function output field cannot be partition key or clustering key: function "
                            + function.getName() + ", field " + name);
                }
                if (output.getNullable()) {
                    throw invalid("function output field cannot be nullable: function " + function.getName()
                            + ", field " + name);
                }
                if (!usedOutputs.add(name)) {
                    throw invalid("duplicate function output field: function " + function.getName() + ", field "
                            + name);
                }
                schema.setFields(index, output.toBuilder().setIsFunctionOutput(true));
                completed.addOutputFieldIds(output.getFieldID());
            }
            if (function.getOutputFieldNamesCount() != 1) {
                throw invalid("BM25 function only need 1 output field, but got " + function.getOutputFieldNamesCount());
            }
            int outputIndex = Objects.requireNonNull(byName.get(function.getOutputFieldNames(0)),
                    "output fields were looked up above");
            DataType outputType = schema.getFields(outputIndex).getDataType();
            if (outputType != DataType.SparseFloatVector) {
                throw invalid("BM25 function output field must be a SparseFloatVector field, but got " + outputType);
            }
            schema.setFunctions(f, completed);
        }
    }

    private static void checkBasics(FunctionSchema function) {
        String name = function.getName();
        if (name.isEmpty()) {
            throw missing("function name cannot be empty");
        }
        if (function.getInputFieldNamesCount() == 0) {
            throw missing("function input field names cannot be empty, function: " + name);
        }
        if (function.getOutputFieldNamesCount() == 0) {
            throw missing("function output field names cannot be empty, function: " + name);
        }
        List<String> inputs = function.getInputFieldNamesList();
        List<String> outputs = function.getOutputFieldNamesList();
        for (String input : inputs) {
            if (input.isEmpty()) {
                throw missing("function input field name cannot be empty string, function: " + name);
            }
            if (Collections.frequency(inputs, input) > 1) {
                throw invalid("each function input field should be used exactly once in the same function, function: "
                        + name + ", input field: " + input);
            }
        }
        for (String output : outputs) {
            if (output.isEmpty()) {
                throw missing("function output field name cannot be empty string, function: " + name);
            }
            if (inputs.contains(output)) {
                throw invalid("a single field cannot be both input and output in the same function, function: "
                        + name + ", field: " + output);
            }
            if (Collections.frequency(outputs, output) > 1) {
                throw invalid("each function output field should be used exactly once in the same function, "
                        + "function: " + name + ", output field: " + output);
            }
        }
        if (function.getType() == FunctionType.BM25 && function.getParamsCount() != 0) {
            throw invalid("BM25 function accepts no params");
        }
    }

    private static EngineException invalid(String message) {
        return EngineException.because(MilvusError.PARAMETER_INVALID, message);
    }

    private static EngineException missing(String message) {
        return EngineException.because(MilvusError.PARAMETER_MISSING, message);
    }
}
