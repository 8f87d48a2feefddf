// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

// To use this code, add the following Maven dependency to your project:
//
//
//     com.fasterxml.jackson.core     : jackson-databind          : 2.9.0
//     com.fasterxml.jackson.datatype : jackson-datatype-jsr310   : 2.9.0
//
// Import this package:
//
//     import dev.innbyggerpost.models.Converter;
//
// Then you can deserialize a JSON string with
//
//     DigitalMessage data = Converter.DigitalMessageFromJsonString(jsonString);
//     UtskriftMessage data = Converter.UtskriftMessageFromJsonString(jsonString);
//     FlyttetMessage data = Converter.FlyttetMessageFromJsonString(jsonString);
//     FeilMessage data = Converter.FeilMessageFromJsonString(jsonString);
//     LeveringskvitteringMessage data = Converter.LeveringskvitteringMessageFromJsonString(jsonString);
//     AapningskvitteringMessage data = Converter.AapningskvitteringMessageFromJsonString(jsonString);
//     VarslingfeiletkvitteringMessage data = Converter.VarslingfeiletkvitteringMessageFromJsonString(jsonString);
//     MottakskvitteringMessage data = Converter.MottakskvitteringMessageFromJsonString(jsonString);
//     ReturpostkvitteringMessage data = Converter.ReturpostkvitteringMessageFromJsonString(jsonString);

package dev.innbyggerpost.models;

import java.io.IOException;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

public class Converter {
    // Date-time helpers

    private static final DateTimeFormatter DATE_TIME_FORMATTER = new DateTimeFormatterBuilder()
            .appendOptional(DateTimeFormatter.ISO_DATE_TIME)
            .appendOptional(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .appendOptional(DateTimeFormatter.ISO_INSTANT)
            .appendOptional(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SX"))
            .appendOptional(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssX"))
            .appendOptional(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    public static OffsetDateTime parseDateTimeString(String str) {
        return ZonedDateTime.from(Converter.DATE_TIME_FORMATTER.parse(str)).toOffsetDateTime();
    }

    private static final DateTimeFormatter TIME_FORMATTER = new DateTimeFormatterBuilder()
            .appendOptional(DateTimeFormatter.ISO_TIME)
            .appendOptional(DateTimeFormatter.ISO_OFFSET_TIME)
            .parseDefaulting(ChronoField.YEAR, 2020)
            .parseDefaulting(ChronoField.MONTH_OF_YEAR, 1)
            .parseDefaulting(ChronoField.DAY_OF_MONTH, 1)
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    public static OffsetTime parseTimeString(String str) {
        return ZonedDateTime.from(Converter.TIME_FORMATTER.parse(str)).toOffsetDateTime().toOffsetTime();
    }
    // Serialize/deserialize helpers

    public static DigitalMessage DigitalMessageFromJsonString(String json) throws IOException {
        return getDigitalMessageObjectReader().readValue(json);
    }

    public static String DigitalMessageToJsonString(DigitalMessage obj) throws IOException {
        return getDigitalMessageObjectWriter().writeValueAsString(obj);
    }

    public static UtskriftMessage UtskriftMessageFromJsonString(String json) throws IOException {
        return getUtskriftMessageObjectReader().readValue(json);
    }

    public static String UtskriftMessageToJsonString(UtskriftMessage obj) throws IOException {
        return getUtskriftMessageObjectWriter().writeValueAsString(obj);
    }

    public static FlyttetMessage FlyttetMessageFromJsonString(String json) throws IOException {
        return getFlyttetMessageObjectReader().readValue(json);
    }

    public static String FlyttetMessageToJsonString(FlyttetMessage obj) throws IOException {
        return getFlyttetMessageObjectWriter().writeValueAsString(obj);
    }

    public static FeilMessage FeilMessageFromJsonString(String json) throws IOException {
        return getFeilMessageObjectReader().readValue(json);
    }

    public static String FeilMessageToJsonString(FeilMessage obj) throws IOException {
        return getFeilMessageObjectWriter().writeValueAsString(obj);
    }

    public static LeveringskvitteringMessage LeveringskvitteringMessageFromJsonString(String json) throws IOException {
        return getLeveringskvitteringMessageObjectReader().readValue(json);
    }

    public static String LeveringskvitteringMessageToJsonString(LeveringskvitteringMessage obj) throws IOException {
        return getLeveringskvitteringMessageObjectWriter().writeValueAsString(obj);
    }

    public static AapningskvitteringMessage AapningskvitteringMessageFromJsonString(String json) throws IOException {
        return getAapningskvitteringMessageObjectReader().readValue(json);
    }

    public static String AapningskvitteringMessageToJsonString(AapningskvitteringMessage obj) throws IOException {
        return getAapningskvitteringMessageObjectWriter().writeValueAsString(obj);
    }

    public static VarslingfeiletkvitteringMessage VarslingfeiletkvitteringMessageFromJsonString(String json) throws IOException {
        return getVarslingfeiletkvitteringMessageObjectReader().readValue(json);
    }

    public static String VarslingfeiletkvitteringMessageToJsonString(VarslingfeiletkvitteringMessage obj) throws IOException {
        return getVarslingfeiletkvitteringMessageObjectWriter().writeValueAsString(obj);
    }

    public static MottakskvitteringMessage MottakskvitteringMessageFromJsonString(String json) throws IOException {
        return getMottakskvitteringMessageObjectReader().readValue(json);
    }

    public static String MottakskvitteringMessageToJsonString(MottakskvitteringMessage obj) throws IOException {
        return getMottakskvitteringMessageObjectWriter().writeValueAsString(obj);
    }

    public static ReturpostkvitteringMessage ReturpostkvitteringMessageFromJsonString(String json) throws IOException {
        return getReturpostkvitteringMessageObjectReader().readValue(json);
    }

    public static String ReturpostkvitteringMessageToJsonString(ReturpostkvitteringMessage obj) throws IOException {
        return getReturpostkvitteringMessageObjectWriter().writeValueAsString(obj);
    }

    private static ObjectReader DigitalMessageReader;
    private static ObjectWriter DigitalMessageWriter;

    private static void instantiateDigitalMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        DigitalMessageReader = mapper.readerFor(DigitalMessage.class);
        DigitalMessageWriter = mapper.writerFor(DigitalMessage.class);
    }

    private static ObjectReader getDigitalMessageObjectReader() {
        if (DigitalMessageReader == null) instantiateDigitalMessageMapper();
        return DigitalMessageReader;
    }

    private static ObjectWriter getDigitalMessageObjectWriter() {
        if (DigitalMessageWriter == null) instantiateDigitalMessageMapper();
        return DigitalMessageWriter;
    }

    private static ObjectReader UtskriftMessageReader;
    private static ObjectWriter UtskriftMessageWriter;

    private static void instantiateUtskriftMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        UtskriftMessageReader = mapper.readerFor(UtskriftMessage.class);
        UtskriftMessageWriter = mapper.writerFor(UtskriftMessage.class);
    }

    private static ObjectReader getUtskriftMessageObjectReader() {
        if (UtskriftMessageReader == null) instantiateUtskriftMessageMapper();
        return UtskriftMessageReader;
    }

    private static ObjectWriter getUtskriftMessageObjectWriter() {
        if (UtskriftMessageWriter == null) instantiateUtskriftMessageMapper();
        return UtskriftMessageWriter;
    }

    private static ObjectReader FlyttetMessageReader;
    private static ObjectWriter FlyttetMessageWriter;

    private static void instantiateFlyttetMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        FlyttetMessageReader = mapper.readerFor(FlyttetMessage.class);
        FlyttetMessageWriter = mapper.writerFor(FlyttetMessage.class);
    }

    private static ObjectReader getFlyttetMessageObjectReader() {
        if (FlyttetMessageReader == null) instantiateFlyttetMessageMapper();
        return FlyttetMessageReader;
    }

    private static ObjectWriter getFlyttetMessageObjectWriter() {
        if (FlyttetMessageWriter == null) instantiateFlyttetMessageMapper();
        return FlyttetMessageWriter;
    }

    private static ObjectReader FeilMessageReader;
    private static ObjectWriter FeilMessageWriter;

    private static void instantiateFeilMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        FeilMessageReader = mapper.readerFor(FeilMessage.class);
        FeilMessageWriter = mapper.writerFor(FeilMessage.class);
    }

    private static ObjectReader getFeilMessageObjectReader() {
        if (FeilMessageReader == null) instantiateFeilMessageMapper();
        return FeilMessageReader;
    }

    private static ObjectWriter getFeilMessageObjectWriter() {
        if (FeilMessageWriter == null) instantiateFeilMessageMapper();
        return FeilMessageWriter;
    }

    private static ObjectReader LeveringskvitteringMessageReader;
    private static ObjectWriter LeveringskvitteringMessageWriter;

    private static void instantiateLeveringskvitteringMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        LeveringskvitteringMessageReader = mapper.readerFor(LeveringskvitteringMessage.class);
        LeveringskvitteringMessageWriter = mapper.writerFor(LeveringskvitteringMessage.class);
    }

    private static ObjectReader getLeveringskvitteringMessageObjectReader() {
        if (LeveringskvitteringMessageReader == null) instantiateLeveringskvitteringMessageMapper();
        return LeveringskvitteringMessageReader;
    }

    private static ObjectWriter getLeveringskvitteringMessageObjectWriter() {
        if (LeveringskvitteringMessageWriter == null) instantiateLeveringskvitteringMessageMapper();
        return LeveringskvitteringMessageWriter;
    }

    private static ObjectReader AapningskvitteringMessageReader;
    private static ObjectWriter AapningskvitteringMessageWriter;

    private static void instantiateAapningskvitteringMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        AapningskvitteringMessageReader = mapper.readerFor(AapningskvitteringMessage.class);
        AapningskvitteringMessageWriter = mapper.writerFor(AapningskvitteringMessage.class);
    }

    private static ObjectReader getAapningskvitteringMessageObjectReader() {
        if (AapningskvitteringMessageReader == null) instantiateAapningskvitteringMessageMapper();
        return AapningskvitteringMessageReader;
    }

    private static ObjectWriter getAapningskvitteringMessageObjectWriter() {
        if (AapningskvitteringMessageWriter == null) instantiateAapningskvitteringMessageMapper();
        return AapningskvitteringMessageWriter;
    }

    private static ObjectReader VarslingfeiletkvitteringMessageReader;
    private static ObjectWriter VarslingfeiletkvitteringMessageWriter;

    private static void instantiateVarslingfeiletkvitteringMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        VarslingfeiletkvitteringMessageReader = mapper.readerFor(VarslingfeiletkvitteringMessage.class);
        VarslingfeiletkvitteringMessageWriter = mapper.writerFor(VarslingfeiletkvitteringMessage.class);
    }

    private static ObjectReader getVarslingfeiletkvitteringMessageObjectReader() {
        if (VarslingfeiletkvitteringMessageReader == null) instantiateVarslingfeiletkvitteringMessageMapper();
        return VarslingfeiletkvitteringMessageReader;
    }

    private static ObjectWriter getVarslingfeiletkvitteringMessageObjectWriter() {
        if (VarslingfeiletkvitteringMessageWriter == null) instantiateVarslingfeiletkvitteringMessageMapper();
        return VarslingfeiletkvitteringMessageWriter;
    }

    private static ObjectReader MottakskvitteringMessageReader;
    private static ObjectWriter MottakskvitteringMessageWriter;

    private static void instantiateMottakskvitteringMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        MottakskvitteringMessageReader = mapper.readerFor(MottakskvitteringMessage.class);
        MottakskvitteringMessageWriter = mapper.writerFor(MottakskvitteringMessage.class);
    }

    private static ObjectReader getMottakskvitteringMessageObjectReader() {
        if (MottakskvitteringMessageReader == null) instantiateMottakskvitteringMessageMapper();
        return MottakskvitteringMessageReader;
    }

    private static ObjectWriter getMottakskvitteringMessageObjectWriter() {
        if (MottakskvitteringMessageWriter == null) instantiateMottakskvitteringMessageMapper();
        return MottakskvitteringMessageWriter;
    }

    private static ObjectReader ReturpostkvitteringMessageReader;
    private static ObjectWriter ReturpostkvitteringMessageWriter;

    private static void instantiateReturpostkvitteringMessageMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.findAndRegisterModules();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule module = new SimpleModule();
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<OffsetDateTime>() {
            @Override
            public OffsetDateTime deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
                String value = jsonParser.getText();
                return Converter.parseDateTimeString(value);
            }
        });
        mapper.registerModule(module);
        ReturpostkvitteringMessageReader = mapper.readerFor(ReturpostkvitteringMessage.class);
        ReturpostkvitteringMessageWriter = mapper.writerFor(ReturpostkvitteringMessage.class);
    }

    private static ObjectReader getReturpostkvitteringMessageObjectReader() {
        if (ReturpostkvitteringMessageReader == null) instantiateReturpostkvitteringMessageMapper();
        return ReturpostkvitteringMessageReader;
    }

    private static ObjectWriter getReturpostkvitteringMessageObjectWriter() {
        if (ReturpostkvitteringMessageWriter == null) instantiateReturpostkvitteringMessageMapper();
        return ReturpostkvitteringMessageWriter;
    }
}
